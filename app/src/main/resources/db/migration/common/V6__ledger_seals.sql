-- Global seals of the ledger (README, "Global seals"). Written only by the ledger-seals processing
-- group; never reset or rebuilt: a seal, once signed and published, is history too.

-- Every event in the order it was sealed, with the chain value that was sealed for it.
create table ledger_leaf (
    leaf_index bigint not null primary key,
    event_identifier varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    sequence_number bigint not null,
    chain_value varchar(64) not null,
    constraint ledger_leaf_event unique (event_identifier)
);

-- One signed tree head per closed block; tree_size = number of blocks so far.
create table ledger_seal (
    tree_size bigint not null primary key,
    first_leaf bigint not null,
    leaf_count integer not null,
    block_root varchar(64) not null,
    tree_root varchar(64) not null,
    sealed_at varchar(40) not null,
    previous_seal varchar(64) not null,
    key_id varchar(64) not null,
    signature varchar(256) not null,
    -- the right edge of the block tree after this seal, so the next seal reads no history
    frontier varchar(4000) not null,
    constraint ledger_seal_first_leaf unique (first_leaf)
);

-- The one row every sealing transaction locks first: where the open block starts and since when.
create table ledger_seal_head (
    id integer not null primary key,
    next_leaf bigint not null,
    sealed_leaves bigint not null,
    open_since varchar(40)
);
insert into ledger_seal_head (id, next_leaf, sealed_leaves, open_since) values (1, 0, 0, null);

-- Every key that ever signed a seal, so old seals stay verifiable after a key rotation.
create table ledger_public_key (
    key_id varchar(64) not null primary key,
    algorithm varchar(32) not null,
    subject_public_key_info varchar(1024) not null,
    first_used varchar(40) not null
);
