-- Read model of the access-audit processing group (vn.dossierledger.projection.access): who read which
-- dossier, the units each dossier has been with, and each reader's recent reads outside their unit.
create table access_read (
    read_id varchar(64) not null,
    event_id varchar(64) not null,
    read_at timestamp(6) with time zone not null,
    reader_id varchar(128) not null,
    reader_roles varchar(200) not null,
    reader_unit_id varchar(64),
    dossier_id varchar(64),
    dossier_code varchar(64),
    view_name varchar(32) not null,
    purpose varchar(500),
    outside_reader_unit boolean not null,
    primary key (read_id)
);
create index access_read_dossier on access_read (dossier_id, read_at);
create index access_read_reader on access_read (reader_id, read_at);

create table access_dossier (
    dossier_id varchar(64) not null,
    dossier_code varchar(64) not null,
    procedure_code varchar(32) not null,
    agency_id varchar(64),
    applicant_ref varchar(128) not null,
    unit_ids varchar(2000) not null,
    primary key (dossier_id)
);

create table access_reader_window (
    reader_id varchar(128) not null,
    reads varchar(4000) not null,
    primary key (reader_id)
);
