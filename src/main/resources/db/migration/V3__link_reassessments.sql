-- A re-assessment re-runs stored answers against today's rules and links to the assessment it came from;
-- needs_review marks results whose stored answers no longer all fit the questionnaire.
alter table assessment add column previous_assessment_id varchar(36) references assessment (id);
alter table assessment add column needs_review boolean not null default false;
