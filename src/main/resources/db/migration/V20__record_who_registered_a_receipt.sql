-- An application that reached the authority by other means is submitted with the time it was received. Only staff
-- may give that time, and the application keeps who did; an application submitted in Pulje has none.
alter table application add column receipt_registered_by varchar(100);
