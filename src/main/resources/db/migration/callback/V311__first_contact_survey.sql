-- A consultation answered on first contact has no callback task, yet its caller gets the survey link
-- too: such a survey has no task, belongs to its order (one per order) and only records the answer.
alter table callback_survey alter column task_id drop not null;
alter table callback_survey add column order_id bigint;
alter table callback_survey drop constraint callback_survey_outcome_check;
alter table callback_survey add constraint callback_survey_outcome_check
    check (outcome in ('CLOSED', 'REWORKED', 'FOR_AGENT', 'RECORDED'));
create unique index callback_survey_first_contact on callback_survey (order_number) where task_id is null;
