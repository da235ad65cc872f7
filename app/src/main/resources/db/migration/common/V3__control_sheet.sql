-- Read model of the control-sheet processing group (vn.dossierledger.projection.controlsheet):
-- Phiếu kiểm soát quá trình giải quyết hồ sơ, a header per dossier and one row per hand-over.
create table control_sheet (
    dossier_id varchar(64) not null,
    dossier_code varchar(64) not null,
    applicant_ref varchar(128) not null,
    submitter_ref varchar(128) not null,
    procedure_code varchar(32) not null,
    procedure_version varchar(32) not null,
    received_at timestamp(6) with time zone,
    due_at timestamp(6) with time zone,
    resolving_agency_id varchar(64),
    resolving_agency_name varchar(512),
    last_sequence bigint not null,
    primary key (dossier_id)
);
create table control_sheet_row (
    dossier_id varchar(64) not null,
    hand_over_index integer not null,
    kind varchar(24) not null,
    giver_id varchar(128),
    giver_unit_id varchar(64),
    receiver_id varchar(128),
    receiver_unit_id varchar(64),
    receiver_agency_id varchar(64),
    receiver_agency_name varchar(512),
    handed_over_at timestamp(6) with time zone not null,
    step_code varchar(64),
    step_name varchar(512),
    step_deadline timestamp(6) with time zone,
    handed_on_at timestamp(6) with time zone,
    outcome varchar(16),
    held_working_minutes bigint,
    primary key (dossier_id, hand_over_index),
    foreign key (dossier_id) references control_sheet (dossier_id)
);
