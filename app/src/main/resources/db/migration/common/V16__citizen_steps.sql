-- The citizen's timeline, part of the dossier-status read model (vn.dossierledger.projection.status.CitizenStepRow):
-- one row per event a citizen may see, keyed by the dossier and the event's aggregate sequence number, with the
-- national status code after it and the facts the citizen needs; a supplement request's items and a fee request's
-- lines in child tables. No personal data and no officer: a transfer names only the receiving unit.
-- No foreign key to dossier_status: Hibernate orders a batch's inserts by entity, and a step may be inserted before
-- the status row its submission creates in the same batch.
create table citizen_step (
    dossier_id varchar(64) not null,
    sequence_number bigint not null,
    occurred_at timestamp(6) with time zone not null,
    step varchar(32) not null,
    national_status_code integer not null,
    reason varchar(2000),
    legal_basis varchar(1000),
    unit_id varchar(64),
    unit_name varchar(512),
    amount_vnd bigint,
    new_due_at timestamp(6) with time zone,
    primary key (dossier_id, sequence_number)
);
create table citizen_step_item (
    dossier_id varchar(64) not null,
    sequence_number bigint not null,
    item_index integer not null,
    component_code varchar(32),
    issue varchar(1000),
    primary key (dossier_id, sequence_number, item_index),
    foreign key (dossier_id, sequence_number) references citizen_step (dossier_id, sequence_number)
);
create table citizen_step_fee (
    dossier_id varchar(64) not null,
    sequence_number bigint not null,
    fee_index integer not null,
    name varchar(256),
    amount_vnd bigint not null,
    primary key (dossier_id, sequence_number, fee_index),
    foreign key (dossier_id, sequence_number) references citizen_step (dossier_id, sequence_number)
);

-- Dossiers recorded before have no steps yet: the dossier-status read model is rebuilt from the first event on the
-- next start (no token: a pooled processor starts at the tail), its rows and steps together.
delete from dossier_status;
delete from dead_letter_entry where processing_group = 'dossier-status';
delete from token_entry where processor_name = 'dossier-status';
