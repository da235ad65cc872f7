-- Read model of the red-flags processing group (vn.dossierledger.projection.redflag): DOMAIN §5.2.
-- The facts the rules need per dossier, the events a flag can cite as evidence, and the flags.
create table red_flag_dossier (
    dossier_id varchar(64) not null,
    dossier_code varchar(64) not null,
    procedure_code varchar(32) not null,
    procedure_version varchar(32) not null,
    agency_id varchar(64),
    desk_unit_id varchar(64),
    channel varchar(16) not null,
    applicant_ref varchar(128) not null,
    submitted_components varchar(2000) not null,
    status varchar(32) not null,
    paused boolean not null,
    received_at timestamp(6) with time zone,
    receipt_event_id varchar(64),
    receiving_officer_id varchar(128),
    due_at timestamp(6) with time zone,
    apology_count integer not null,
    apology_event_ids varchar(2000) not null,
    holder_officer_id varchar(128),
    holder_unit_id varchar(64),
    holder_since timestamp(6) with time zone,
    holder_transfer_event_id varchar(64),
    parked_threshold_at timestamp(6) with time zone,
    last_valid_signature_at timestamp(6) with time zone,
    last_valid_signature_event_id varchar(64),
    intake_supplement_event_ids varchar(2000) not null,
    processing_supplement_event_ids varchar(2000) not null,
    specialist_opinion_recorded boolean not null,
    electronic_result_issued boolean not null,
    delivered boolean not null,
    last_event_id varchar(64),
    last_business_at timestamp(6) with time zone,
    last_sequence bigint not null,
    primary key (dossier_id)
);
create index red_flag_dossier_open on red_flag_dossier (status, paused);

create table red_flag_event (
    event_id varchar(64) not null,
    dossier_id varchar(64) not null,
    sequence_number bigint not null,
    event_type varchar(64) not null,
    business_at timestamp(6) with time zone not null,
    recorded_at timestamp(6) with time zone not null,
    actor_id varchar(128),
    actor_role varchar(32),
    actor_unit_id varchar(64),
    primary key (event_id)
);
create index red_flag_event_dossier on red_flag_event (dossier_id, sequence_number);

create table red_flag (
    flag_id varchar(64) not null,
    rule_id varchar(8) not null,
    rule_version integer not null,
    rule_name varchar(128) not null,
    dossier_id varchar(64) not null,
    dossier_code varchar(64) not null,
    procedure_code varchar(32),
    officer_ids varchar(1000) not null,
    subject_refs varchar(1000) not null,
    unit_id varchar(64),
    agency_id varchar(64),
    evidence_event_ids varchar(2000) not null,
    score double precision not null,
    description varchar(2000) not null,
    raised_at timestamp(6) with time zone not null,
    flag_open boolean not null,
    closed_at timestamp(6) with time zone,
    closed_reason varchar(512),
    revision integer not null,
    indexed_revision integer not null,
    primary key (flag_id)
);
create index red_flag_rule on red_flag (rule_id, raised_at);
create index red_flag_dossier_rule on red_flag (dossier_id, rule_id);
create index red_flag_unindexed on red_flag (indexed_revision, revision);
