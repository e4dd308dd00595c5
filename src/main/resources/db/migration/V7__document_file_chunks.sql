-- A document's PDF (up to 20 MB) was one bytea value, which PgJDBC reads and writes whole: every
-- download held the file several times in the heap. Files are now kept as a sequence of pieces of
-- at most 256 KB each, read one piece per statement: a download holds one piece at a time, and a
-- slow client holds no pooled connection between pieces (content.DocumentFileContents).
create table document_file_chunk (
    file_id   bigint not null,
    -- where the piece starts in the file, in bytes
    position  bigint not null,
    data      bytea  not null,
    constraint document_file_chunk_pkey primary key (file_id, position),
    constraint document_file_chunk_file_id_fkey
        foreign key (file_id) references document_file (id) on delete cascade,
    constraint document_file_chunk_position_check check (position >= 0),
    constraint document_file_chunk_data_check check (octet_length(data) > 0)
);
-- PDFs are compressed already: store the pieces out of line without trying again.
alter table document_file_chunk alter column data set storage external;

insert into document_file_chunk (file_id, position, data)
select c.file_id, p.position, substring(c.content from p.position + 1 for 262144)
from document_file_content c
cross join lateral generate_series(0, octet_length(c.content) - 1, 262144) as p(position);

drop table document_file_content;
