-- Reference data present from the first start: Denmark's 5 regions and 98 municipalities with their official
-- codes (regionskode, kommunekode) and the region each municipality lies in.
insert into organisation (name, organisation_type, official_code) values
    ('Region Hovedstaden', 'REGION', '1084'),
    ('Region Sjælland', 'REGION', '1085'),
    ('Region Syddanmark', 'REGION', '1083'),
    ('Region Midtjylland', 'REGION', '1082'),
    ('Region Nordjylland', 'REGION', '1081');

insert into organisation (name, organisation_type, official_code, region_id)
select v.name, 'MUNICIPALITY', v.code, r.id from organisation r, (values
    ('Københavns Kommune', '101'),
    ('Frederiksberg Kommune', '147'),
    ('Ballerup Kommune', '151'),
    ('Brøndby Kommune', '153'),
    ('Dragør Kommune', '155'),
    ('Gentofte Kommune', '157'),
    ('Gladsaxe Kommune', '159'),
    ('Glostrup Kommune', '161'),
    ('Herlev Kommune', '163'),
    ('Albertslund Kommune', '165'),
    ('Hvidovre Kommune', '167'),
    ('Høje-Taastrup Kommune', '169'),
    ('Lyngby-Taarbæk Kommune', '173'),
    ('Rødovre Kommune', '175'),
    ('Ishøj Kommune', '183'),
    ('Tårnby Kommune', '185'),
    ('Vallensbæk Kommune', '187'),
    ('Furesø Kommune', '190'),
    ('Allerød Kommune', '201'),
    ('Fredensborg Kommune', '210'),
    ('Helsingør Kommune', '217'),
    ('Hillerød Kommune', '219'),
    ('Hørsholm Kommune', '223'),
    ('Rudersdal Kommune', '230'),
    ('Egedal Kommune', '240'),
    ('Frederikssund Kommune', '250'),
    ('Halsnæs Kommune', '260'),
    ('Gribskov Kommune', '270'),
    ('Bornholms Regionskommune', '400')
) as v (name, code) where r.official_code = '1084';

insert into organisation (name, organisation_type, official_code, region_id)
select v.name, 'MUNICIPALITY', v.code, r.id from organisation r, (values
    ('Greve Kommune', '253'),
    ('Køge Kommune', '259'),
    ('Roskilde Kommune', '265'),
    ('Solrød Kommune', '269'),
    ('Odsherred Kommune', '306'),
    ('Holbæk Kommune', '316'),
    ('Faxe Kommune', '320'),
    ('Kalundborg Kommune', '326'),
    ('Ringsted Kommune', '329'),
    ('Slagelse Kommune', '330'),
    ('Stevns Kommune', '336'),
    ('Sorø Kommune', '340'),
    ('Lejre Kommune', '350'),
    ('Lolland Kommune', '360'),
    ('Næstved Kommune', '370'),
    ('Guldborgsund Kommune', '376'),
    ('Vordingborg Kommune', '390')
) as v (name, code) where r.official_code = '1085';

insert into organisation (name, organisation_type, official_code, region_id)
select v.name, 'MUNICIPALITY', v.code, r.id from organisation r, (values
    ('Middelfart Kommune', '410'),
    ('Assens Kommune', '420'),
    ('Faaborg-Midtfyn Kommune', '430'),
    ('Kerteminde Kommune', '440'),
    ('Nyborg Kommune', '450'),
    ('Odense Kommune', '461'),
    ('Svendborg Kommune', '479'),
    ('Nordfyns Kommune', '480'),
    ('Langeland Kommune', '482'),
    ('Ærø Kommune', '492'),
    ('Haderslev Kommune', '510'),
    ('Billund Kommune', '530'),
    ('Sønderborg Kommune', '540'),
    ('Tønder Kommune', '550'),
    ('Esbjerg Kommune', '561'),
    ('Fanø Kommune', '563'),
    ('Varde Kommune', '573'),
    ('Vejen Kommune', '575'),
    ('Aabenraa Kommune', '580'),
    ('Fredericia Kommune', '607'),
    ('Kolding Kommune', '621'),
    ('Vejle Kommune', '630')
) as v (name, code) where r.official_code = '1083';

insert into organisation (name, organisation_type, official_code, region_id)
select v.name, 'MUNICIPALITY', v.code, r.id from organisation r, (values
    ('Horsens Kommune', '615'),
    ('Herning Kommune', '657'),
    ('Holstebro Kommune', '661'),
    ('Lemvig Kommune', '665'),
    ('Struer Kommune', '671'),
    ('Syddjurs Kommune', '706'),
    ('Norddjurs Kommune', '707'),
    ('Favrskov Kommune', '710'),
    ('Odder Kommune', '727'),
    ('Randers Kommune', '730'),
    ('Silkeborg Kommune', '740'),
    ('Samsø Kommune', '741'),
    ('Skanderborg Kommune', '746'),
    ('Aarhus Kommune', '751'),
    ('Ikast-Brande Kommune', '756'),
    ('Ringkøbing-Skjern Kommune', '760'),
    ('Hedensted Kommune', '766'),
    ('Skive Kommune', '779'),
    ('Viborg Kommune', '791')
) as v (name, code) where r.official_code = '1082';

insert into organisation (name, organisation_type, official_code, region_id)
select v.name, 'MUNICIPALITY', v.code, r.id from organisation r, (values
    ('Morsø Kommune', '773'),
    ('Thisted Kommune', '787'),
    ('Brønderslev Kommune', '810'),
    ('Frederikshavn Kommune', '813'),
    ('Vesthimmerlands Kommune', '820'),
    ('Læsø Kommune', '825'),
    ('Rebild Kommune', '840'),
    ('Mariagerfjord Kommune', '846'),
    ('Jammerbugt Kommune', '849'),
    ('Aalborg Kommune', '851'),
    ('Hjørring Kommune', '860')
) as v (name, code) where r.official_code = '1081';
