-- Every read-model rebuild as a recorded operation (vn.dossierledger.projection.admin.RebuildOperations),
-- written before its first group is reset: one cut short by a crash stays visible as unfinished and is
-- resumed. Not a read model: a rebuild never empties it.
create table read_model_rebuild (
    rebuild_id varchar(36) not null,
    requested_by varchar(128) not null,
    requested_at timestamp(6) with time zone not null,
    state varchar(16) not null,
    finished_at timestamp(6) with time zone,
    primary key (rebuild_id)
);
create index read_model_rebuild_recent on read_model_rebuild (requested_at);
create index read_model_rebuild_state on read_model_rebuild (state);

-- One row per group asked for; its state moves PENDING -> RESET -> REPLAYING -> CAUGHT_UP, or FAILED with a reason.
create table read_model_rebuild_group (
    rebuild_id varchar(36) not null,
    group_order integer not null,
    processing_group varchar(255) not null,
    state varchar(16) not null,
    -- the head of the event store when the group was reset: the replay is over once past it
    replay_target bigint,
    cleared_dead_letters bigint,
    failure varchar(2000),
    changed_at timestamp(6) with time zone not null,
    primary key (rebuild_id, processing_group),
    constraint read_model_rebuild_group_rebuild foreign key (rebuild_id) references read_model_rebuild (rebuild_id)
);
