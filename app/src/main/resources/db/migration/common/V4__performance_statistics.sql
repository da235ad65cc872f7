-- Performance statistics (Decision 766) read model, processing group performance-statistics (H2 and PostgreSQL).
-- One fact row per dossier; the officers who acted on it; the step holds (time held per step).
-- Indicators are summed per day at query time (GROUP BY received_day / resolved_day).

create table stat_dossier_fact (
    dossier_id varchar(64) not null,
    last_sequence bigint not null,
    procedure_code varchar(32) not null,
    procedure_version varchar(32) not null,
    agency_id varchar(64) not null,
    channel varchar(16) not null,
    submitted_at timestamp(6) with time zone not null,
    submitted_day date not null,
    received_at timestamp(6) with time zone,
    received_day date,
    due_at timestamp(6) with time zone,
    apology_due_at timestamp(6) with time zone,
    paused_since timestamp(6) with time zone,
    paused_working_minutes bigint not null,
    processing_supplement_requests integer not null,
    intake_supplement_requests integer not null,
    status varchar(24) not null,
    closed_at timestamp(6) with time zone,
    closed_on_time boolean,
    resolved_at timestamp(6) with time zone,
    resolved_day date,
    resolution_working_minutes bigint,
    fully_online_eligible boolean not null,
    paper_result boolean not null,
    fee_bearing boolean not null,
    paid_online boolean not null,
    electronic_result boolean not null,
    components_digitised boolean not null,
    data_reused boolean not null,
    delivered boolean not null,
    rating integer,
    apologies integer not null,
    due_date_missed boolean not null,
    primary key (dossier_id)
);
create index stat_dossier_fact_by_received_day on stat_dossier_fact (received_day, agency_id, procedure_code);
create index stat_dossier_fact_by_resolved_day on stat_dossier_fact (resolved_day);

create table stat_dossier_officer (
    dossier_id varchar(64) not null,
    officer_id varchar(64) not null,
    unit_id varchar(64),
    first_acted_at timestamp(6) with time zone not null,
    first_acted_day date not null,
    intake_decisions integer not null,
    intake_refusals integer not null,
    supplement_requests integer not null,
    apologies integer not null,
    primary key (dossier_id, officer_id),
    constraint stat_dossier_officer_fact foreign key (dossier_id) references stat_dossier_fact (dossier_id)
);
create index stat_dossier_officer_by_officer on stat_dossier_officer (officer_id);
create index stat_dossier_officer_by_unit_day on stat_dossier_officer (unit_id, first_acted_day);

create table stat_step_hold (
    dossier_id varchar(64) not null,
    hold_index integer not null,
    officer_id varchar(64) not null,
    unit_id varchar(64),
    step_code varchar(64) not null,
    taken_at timestamp(6) with time zone not null,
    handed_on_at timestamp(6) with time zone,
    handed_on_day date,
    held_working_minutes bigint,
    primary key (dossier_id, hold_index),
    constraint stat_step_hold_fact foreign key (dossier_id) references stat_dossier_fact (dossier_id)
);
create index stat_step_hold_by_unit_day on stat_step_hold (unit_id, handed_on_day);
