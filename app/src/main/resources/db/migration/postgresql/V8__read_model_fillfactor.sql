-- Per-dossier read-model rows are updated once per event. With full pages each update writes
-- its new row version to another page and a new entry into every index of the table; with
-- room left on the page, PostgreSQL keeps an update that changes no indexed column on the
-- same page (a heap-only tuple) and touches no index. PostgreSQL only: H2 has no fill factor.
alter table dossier_status set (fillfactor = 70);
alter table control_sheet set (fillfactor = 70);
alter table stat_dossier_fact set (fillfactor = 70);
alter table red_flag_dossier set (fillfactor = 70);
alter table audit_dossier_memory set (fillfactor = 70);
