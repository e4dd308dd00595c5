-- A random value that changes whenever an account's access changes (disabled or enabled, role,
-- password). A session keeps the value read with the password it signed in with and ends as soon
-- as the account's differs, also when the sign-in was still being checked while the change was made.
alter table account add column security_stamp uuid not null default gen_random_uuid();
