-- Axon's JPA event store, token store, saga store and dead-letter queue, the command side's
-- set-based lookups, and db-scheduler's table for persistent deadlines (postgresql).
-- Generated from the JPA mappings (Hibernate schema export), then reviewed: payloads are bytea,
-- the event store's global index has its own sequence with increment 1.

create sequence association_value_entry_seq start with 1 increment by 50;
create sequence domain_event_entry_seq start with 1 increment by 1;
create table association_value_entry (id bigint not null, association_key varchar(255) not null, association_value varchar(255), saga_id varchar(255) not null, saga_type varchar(255), primary key (id));
create table dead_letter_entry (enqueued_at timestamp(6) with time zone not null, last_touched timestamp(6) with time zone, processing_started timestamp(6) with time zone, sequence_index bigint not null, sequence_number bigint, cause_message varchar(1023), diagnostics bytea, meta_data bytea, payload bytea not null, token bytea, aggregate_identifier varchar(255), cause_type varchar(255), dead_letter_id varchar(255) not null, event_identifier varchar(255) not null, message_type varchar(255) not null, payload_revision varchar(255), payload_type varchar(255) not null, processing_group varchar(255) not null, sequence_identifier varchar(255) not null, time_stamp varchar(255) not null, token_type varchar(255), type varchar(255), primary key (dead_letter_id), unique (processing_group, sequence_identifier, sequence_index));
create table domain_event_entry (global_index bigint not null, sequence_number bigint not null, meta_data bytea, payload bytea not null, aggregate_identifier varchar(255) not null, event_identifier varchar(255) not null unique, payload_revision varchar(255), payload_type varchar(255) not null, time_stamp varchar(255) not null, type varchar(255), primary key (global_index), unique (aggregate_identifier, sequence_number));
create table dossier_code_counter (next_value bigint not null, prefix varchar(64) not null, primary key (prefix));
create table saga_entry (serialized_saga bytea, revision varchar(255), saga_id varchar(255) not null, saga_type varchar(255), primary key (saga_id));
create table snapshot_event_entry (sequence_number bigint not null, meta_data bytea, payload bytea not null, aggregate_identifier varchar(255) not null, event_identifier varchar(255) not null unique, payload_revision varchar(255), payload_type varchar(255) not null, time_stamp varchar(255) not null, type varchar(255) not null, primary key (sequence_number, aggregate_identifier, type));
create table token_entry (segment integer not null, token bytea, owner varchar(255), processor_name varchar(255) not null, timestamp varchar(255) not null, token_type varchar(255), primary key (segment, processor_name));
create table unique_claim (scope varchar(32) not null check (scope in ('DOSSIER_CODE','PAYMENT_TRANSACTION')), owner_id varchar(64) not null, claim_key varchar(128) not null, primary key (scope, claim_key));
create index association_value_by_type_key_value on association_value_entry (saga_type, association_key, association_value);
create index association_value_by_saga on association_value_entry (saga_id, saga_type);
create index dead_letter_by_group on dead_letter_entry (processing_group);
create index dead_letter_by_group_sequence on dead_letter_entry (processing_group, sequence_identifier);

-- Loading events for an aggregate and snapshots.
create index snapshot_event_by_aggregate on snapshot_event_entry (aggregate_identifier);

-- db-scheduler (persistent DeadlineManager): schema of db-scheduler 15.
create table scheduled_tasks (
    task_name varchar(250) not null,
    task_instance varchar(250) not null,
    task_data bytea,
    execution_time timestamp with time zone not null,
    picked boolean not null,
    picked_by varchar(50),
    last_success timestamp with time zone,
    last_failure timestamp with time zone,
    consecutive_failures int,
    last_heartbeat timestamp with time zone,
    version bigint not null,
    priority smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
