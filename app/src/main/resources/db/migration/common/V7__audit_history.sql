-- Memory of the audit-history processing group (vn.dossierledger.projection.audit): the
-- documents themselves live in Elasticsearch; per dossier this row keeps what a later
-- event's document needs (code, procedure, agency, status, previous business time) and the
-- last applied sequence, so that the working time held survives restarts and replays.
create table audit_dossier_memory (
    dossier_id varchar(64) not null,
    dossier_code varchar(64),
    procedure_code varchar(32),
    agency_id varchar(64),
    status varchar(32),
    status_before_payment varchar(32),
    last_occurred_at timestamp(6) with time zone,
    last_sequence bigint not null,
    primary key (dossier_id)
);
