-- The global index is taken by the insert itself, from the same sequence with increment 1
-- (META-INF/orm.xml maps it as an identity column; PostgreSQL: one round trip per event).
alter table domain_event_entry alter column global_index set default next value for domain_event_entry_seq;
