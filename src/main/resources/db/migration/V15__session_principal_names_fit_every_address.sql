-- Spring Session keeps the signed-in account's e-mail address, which can have 254 characters.
alter table spring_session alter column principal_name type varchar(254);
