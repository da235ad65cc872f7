-- Red flag F2 (version 2) also checks the written form of reasons and legal bases against the procedure's
-- rulebook, so that refusals stored before the command side did are flagged. Flags built before were judged
-- by version 1: the red-flags model is emptied and its processor replays from the first event on the next
-- start (no token: a pooled processor starts at the tail). V10 and V11 are taken on other branches.
delete from red_flag;
delete from red_flag_event;
delete from red_flag_dossier;
delete from dead_letter_entry where processing_group = 'red-flags';
delete from token_entry where processor_name = 'red-flags';
