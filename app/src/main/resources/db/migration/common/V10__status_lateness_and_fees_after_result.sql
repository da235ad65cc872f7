-- The status view judges lateness from recorded events as the 766 statistics do: the statutory due date
-- (shifted by pauses, not moved by an apology), the processing-stage supplement count, the pause start and
-- the verdict at the first closing event (vn.dossierledger.projection.status.DossierStatusRow).
alter table dossier_status add column statutory_due_at timestamp(6) with time zone;
alter table dossier_status add column processing_supplement_requests integer default 0 not null;
alter table dossier_status add column paused_since timestamp(6) with time zone;
alter table dossier_status add column closed_on_time boolean;
alter table dossier_status add column overdue boolean default false not null;

-- Rows built before hold none of it: the read model is rebuilt from the first event on the next start.
delete from dossier_status;
delete from dead_letter_entry where processing_group = 'dossier-status';
delete from token_entry where processor_name = 'dossier-status';

-- A fee asked after the result no longer reopens a dossier: the audit history read it as "awaiting payment".
-- Its memory is emptied and its processor replays from the first event into the same index (documents are
-- keyed by event id). The red-flag model kept the same reading in its dossier facts: it is emptied and
-- replayed from the first event too (no token: a pooled processor starts at the tail).
delete from audit_dossier_memory;
delete from token_entry where processor_name = 'audit-history';
delete from red_flag;
delete from red_flag_event;
delete from red_flag_dossier;
delete from dead_letter_entry where processing_group = 'red-flags';
delete from token_entry where processor_name = 'red-flags';
