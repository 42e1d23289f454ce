-- A call offers either the pool's free money (what is neither earmarked nor offered by another call) or one of the
-- pool's earmarks, by its number (1 for the first). A re-post offers the same money as the call it re-posts.
alter table pool_call add column earmark integer;
alter table pool_call add constraint pool_call_earmark_positive check (earmark is null or earmark > 0);
