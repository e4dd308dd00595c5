-- Accounts store their e-mail address in one canonical form (EmailAddresses.canonical in
-- Java: NFKC, lower case with full Unicode case mapping, NFKC again), and are found by
-- equality on it, so that the sign-in throttle and the account lookup use the same key.
-- ICU's root locale lower-cases like Java's Locale.ROOT; PostgreSQL's lower() under the
-- database's own collation may not. Two accounts whose addresses turn out to be one make
-- the unique constraint fail, and the migration with it: merge them by hand first.
drop index account_email_key;
update account set email = normalize(lower(normalize(email, NFKC) collate "und-x-icu"), NFKC);
alter table account add constraint account_email_key unique (email);

-- The throttle now counts every attempt before its password is checked (a success removes
-- the row), by canonical address; the keys of old failures were lower-cased as typed.
delete from sign_in_throttle;
alter table sign_in_throttle rename column failures to attempts;
