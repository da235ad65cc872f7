-- The global index is taken by the insert itself (insert ... returning), from the same sequence
-- with increment 1: one round trip per stored event instead of a nextval query before each
-- insert (META-INF/orm.xml maps it as an identity column).
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
