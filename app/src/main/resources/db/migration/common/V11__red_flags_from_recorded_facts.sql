-- Red flags F4 and F6 now come from recorded events only (the statutory clock's DueDateMissedEvent and
-- HoldingLimitExceededEvent): the wall-clock sweep that raised them is gone. A model built before holds
-- sweep-raised flags a rebuild cannot reproduce, so the red-flags model is emptied here and its processor
-- replays from the first event on the next start (no token: a pooled processor starts at the tail).

-- F6 reads the holding limit the ledger recorded, for the transfer it names, instead of a threshold of
-- its own.
alter table red_flag_dossier drop column parked_threshold_at;
alter table red_flag_dossier add column holder_transfer_sequence bigint;
alter table red_flag_dossier add column holding_limit_at timestamp(6) with time zone;
alter table red_flag_dossier add column holding_limit_event_id varchar(64);
alter table red_flag_dossier add column holding_limit_factor double precision;
-- Only the sweep looked dossiers up by running clock.
drop index red_flag_dossier_open;

delete from red_flag;
delete from red_flag_event;
delete from red_flag_dossier;
delete from dead_letter_entry where processing_group = 'red-flags';
delete from token_entry where processor_name = 'red-flags';
