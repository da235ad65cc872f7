-- Read model of the dossier-status processing group (vn.dossierledger.projection.status):
-- one row per dossier for the citizen's lookup and the desks' lists.
create table dossier_status (
    dossier_id varchar(64) not null,
    dossier_code varchar(64) not null,
    lookup_secret_sha256 varchar(64),
    applicant_ref varchar(128) not null,
    representative_ref varchar(128),
    procedure_code varchar(32) not null,
    procedure_version varchar(32) not null,
    procedure_name varchar(512),
    agency_id varchar(64),
    agency_name varchar(512),
    desk_unit_id varchar(64),
    channel varchar(16) not null,
    status varchar(32) not null,
    national_status_code integer not null,
    status_label varchar(128) not null,
    status_before_payment varchar(32),
    paused boolean not null,
    active boolean not null,
    current_step varchar(64),
    holder_officer_id varchar(64),
    holder_unit_id varchar(64),
    submitted_at timestamp(6) with time zone not null,
    received_at timestamp(6) with time zone,
    due_at timestamp(6) with time zone,
    closed_at timestamp(6) with time zone,
    due_date_missed boolean not null,
    apology_issued boolean not null,
    apology_new_due_at timestamp(6) with time zone,
    amount_due_vnd bigint not null,
    amount_paid_vnd bigint not null,
    withdrawal_requested boolean not null,
    rated boolean not null,
    next_action varchar(48) not null,
    last_sequence bigint not null,
    updated_at timestamp(6) with time zone not null,
    primary key (dossier_id),
    unique (dossier_code)
);
create index dossier_status_by_holder_unit on dossier_status (holder_unit_id, active, due_at);
create index dossier_status_by_applicant on dossier_status (applicant_ref);
create index dossier_status_by_representative on dossier_status (representative_ref);
