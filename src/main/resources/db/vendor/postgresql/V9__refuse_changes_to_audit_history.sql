-- What the audit history records stays as it was recorded: PostgreSQL refuses any UPDATE or DELETE of an entry,
-- whoever asks.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit history is append-only: % of an entry is refused', tg_op;
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function refuse_audit_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function refuse_audit_change();
