-- Commands sent with an Idempotency-Key (vn.dossierledger.command.idempotency): one row per caller and key,
-- marked committed in the transaction that stores the command's events, then the answer kept for retries.
create table idempotent_request (
    caller_id varchar(128) not null,
    idempotency_key varchar(255) not null,
    fingerprint varchar(64) not null,
    request_path varchar(1000) not null,
    claim_token varchar(36) not null,
    state varchar(16) not null,
    started_at timestamp(6) with time zone not null,
    dossier_id varchar(64),
    dossier_code varchar(64),
    dossier_version bigint,
    dossier_status varchar(32),
    answer_status integer,
    answer_content_type varchar(200),
    answer_location varchar(1000),
    answer_etag varchar(40),
    answer_body varchar(20000),
    primary key (caller_id, idempotency_key)
);
create unique index idempotent_request_claim on idempotent_request (claim_token);
create index idempotent_request_started on idempotent_request (started_at);
