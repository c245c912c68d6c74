#!/usr/bin/env python3
"""Write rules/people/years_complete_more.toml: earlier starts of the claim of a complete record.

The knowledge base claims most people's records complete only from 2015, so a story of
2005-2014 that calls a sitting senator "Governor" or a sitting president "Prime Minister"
is not judged. For the people listed below, every public office they held from the date
given is already on record (or left out by the words given, ``complete_except``), so the
claim can move back to that date. The list is curated by hand from general knowledge of
the public record (offline, no live check); this script only restates, for each person,
the term already on record that covers the date (a file's claim moves back only together
with a term, and an identical term is not added twice), so the entries cannot drift from
the terms defined in the other files.

  .venv/bin/python tools/build_claims.py          # rewrites the file
  .venv/bin/python tools/build_claims.py --check  # exits 1 when the file is out of date
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attrlint.kb.loader import bundled_files, load_files  # noqa: E402

OUT = ROOT / "rules" / "people" / "years_complete_more.toml"

#: (person id, the date the claim starts, words the record leaves out, why) -- the date is
#: the start of a listed term after which every public office the person held is listed
CLAIMS: list[tuple[str, str, tuple[str, ...], str]] = [
    # heads of state and government: the one listed office (or the listed ones) since
    ("abdelaziz-bouteflika", "1999-04-27", (), "President of Algeria 1999-2019"),
    ("abdrabbuh-mansur-hadi", "2012-02-25", (), "President of Yemen from 2012"),
    ("abdullah-ii", "1999-02-07", (), "King of Jordan from 1999"),
    ("alexander-lukashenko", "1994-07-20", (), "President of Belarus from 1994"),
    ("almazbek-atambayev", "2011-12-01", (), "President of Kyrgyzstan 2011-2017"),
    ("alpha-conde", "2010-12-21", (), "President of Guinea 2010-2021"),
    ("ashraf-ghani", "2014-09-29", (), "President of Afghanistan 2014-2021"),
    ("beji-caid-essebsi", "2014-12-31", (), "President of Tunisia 2014-2019"),
    ("benigno-aquino", "2010-06-30", (), "President of the Philippines 2010-2016"),
    ("daniel-ortega", "2007-01-10", (), "President of Nicaragua from 2007"),
    ("dalia-grybauskaite", "2009-07-12", (), "President of Lithuania 2009-2019"),
    ("denis-sassou-nguesso", "1997-10-25", (), "President of the Republic of the Congo from 1997"),
    ("dilma-rousseff", "2011-01-01", (), "President of Brazil 2011-2016"),
    ("ellen-johnson-sirleaf", "2006-01-16", (), "President of Liberia 2006-2018"),
    ("emomali-rahmon", "1994-11-16", (), "President of Tajikistan from 1994"),
    ("ernest-bai-koroma", "2007-09-17", (), "President of Sierra Leone 2007-2018"),
    ("felipe-vi", "2014-06-19", (), "King of Spain from 2014"),
    ("fuad-masum", "2014-07-24", (), "President of Iraq 2014-2018"),
    ("gjorge-ivanov", "2009-05-12", (), "President of Macedonia 2009-2019"),
    ("goodluck-jonathan", "2010-05-06", (), "President of Nigeria 2010-2015"),
    ("gurbanguly-berdimuhamedow", "2007-02-14", (), "President of Turkmenistan 2007-2022"),
    ("hamad-bin-isa", "2002-02-14", (), "King of Bahrain from 2002"),
    ("ibrahim-boubacar-keita", "2013-09-04", (), "President of Mali 2013-2020"),
    ("ilham-aliyev", "2003-10-31", (), "President of Azerbaijan from 2003"),
    ("ismail-omar-guelleh", "1999-05-08", (), "President of Djibouti from 1999"),
    ("ivo-josipovic", "2010-02-18", (), "President of Croatia 2010-2015"),
    ("janos-ader", "2012-05-10", (), "President of Hungary 2012-2022"),
    ("jigme-khesar-namgyel-wangchuck", "2006-12-09", (), "King of Bhutan from 2006"),
    ("john-mahama", "2012-07-24", (), "President of Ghana 2012-2017, again from 2025"),
    ("joseph-kabila", "2001-01-26", ("senator",), "President of the DR Congo 2001-2019, then senator for life"),
    ("karolos-papoulias", "2005-03-12", (), "President of Greece 2005-2015"),
    ("khalifa-bin-zayed", "2004-11-03", (), "President of the UAE 2004-2022"),
    ("klaus-iohannis", "2014-12-21", (), "President of Romania 2014-2025"),
    ("ma-ying-jeou", "2008-05-20", (), "President of Taiwan 2008-2016"),
    ("macky-sall", "2012-04-02", (), "President of Senegal 2012-2024"),
    ("milos-zeman", "2013-03-08", (), "President of the Czech Republic 2013-2023"),
    ("mohammed-vi", "1999-07-23", (), "King of Morocco from 1999"),
    ("nicolas-maduro", "2013-04-19", (), "President of Venezuela from 2013"),
    ("nicos-anastasiades", "2013-02-28", (), "President of Cyprus 2013-2023"),
    ("paul-biya", "1982-11-06", (), "President of Cameroon from 1982"),
    ("petro-poroshenko", "2014-06-07", (), "President of Ukraine 2014-2019"),
    ("rafael-correa", "2007-01-15", (), "President of Ecuador 2007-2017"),
    ("raul-castro", "2008-02-24", (), "President of Cuba 2008-2018"),
    ("reuven-rivlin", "2014-07-24", (), "President of Israel 2014-2021"),
    ("rosen-plevneliev", "2012-01-22", (), "President of Bulgaria 2012-2017"),
    ("sabah-al-ahmad", "2006-01-29", (), "Emir of Kuwait 2006-2020"),
    ("salva-kiir", "2011-07-09", (), "President of South Sudan from 2011"),
    ("sauli-niinisto", "2012-03-01", (), "President of Finland 2012-2024"),
    ("serzh-sargsyan", "2008-04-09", (), "President of Armenia 2008-2018"),
    ("sheikh-hasina", "2009-01-06", (), "Prime Minister of Bangladesh 2009-2024"),
    ("tamim-bin-hamad", "2013-06-25", (), "Emir of Qatar from 2013"),
    ("thein-sein", "2011-03-30", (), "President of Myanmar 2011-2016"),
    ("toomas-hendrik-ilves", "2006-10-09", (), "President of Estonia 2006-2016"),
    ("tsakhiagiin-elbegdorj", "2009-06-18", (), "President of Mongolia 2009-2017"),
    ("tupou-vi", "2012-03-18", (), "King of Tonga from 2012"),
    ("uhuru-kenyatta", "2013-04-09", (), "President of Kenya 2013-2022"),
    ("werner-faymann", "2008-12-02", (), "Chancellor of Austria 2008-2016"),
    ("yahya-jammeh", "1994-07-22", (), "President of the Gambia 1994-2017"),
    ("olafur-ragnar-grimsson", "1996-08-01", (), "President of Iceland 1996-2016"),
    ("nikola-gruevski", "2006-08-27", (), "Prime Minister of Macedonia 2006-2016"),
    ("pedro-passos-coelho", "2011-06-21", (), "Prime Minister of Portugal 2011-2015"),
    ("stefan-lofven", "2014-10-03", (), "Prime Minister of Sweden 2014-2021"),
    ("tony-abbott", "2013-09-18", (), "Prime Minister of Australia 2013-2015"),
    ("xavier-bettel", "2013-12-04", (), "Prime Minister of Luxembourg 2013-2023"),
    ("joseph-muscat", "2013-03-11", (), "Prime Minister of Malta 2013-2020"),
    ("bohuslav-sobotka", "2014-01-29", (), "Prime Minister of the Czech Republic 2014-2017"),
    ("laimdota-straujuma", "2014-01-22", (), "Prime Minister of Latvia 2014-2016"),
    ("taavi-roivas", "2014-03-26", (), "Prime Minister of Estonia 2014-2016"),
    ("robert-fico", "2012-04-04", (), "Prime Minister of Slovakia 2012-2018, again from 2023"),
    ("victor-ponta", "2012-05-07", (), "Prime Minister of Romania 2012-2015"),
    ("prayut-chan-o-cha", "2014-08-24", (), "Prime Minister of Thailand 2014-2023"),
    ("peter-oneill", "2011-08-02", (), "Prime Minister of Papua New Guinea 2011-2019"),
    ("tuilaepa-sailele-malielegaoi", "1998-11-23", ("minister",), "Prime Minister of Samoa 1998-2021 (and foreign minister)"),
    ("ralph-gonsalves", "2001-03-29", (), "Prime Minister of Saint Vincent from 2001"),
    ("roosevelt-skerrit", "2004-01-08", (), "Prime Minister of Dominica from 2004"),
    ("anote-tong", "2003-07-10", (), "President of Kiribati 2003-2016"),
    ("baron-waqa", "2013-06-11", (), "President of Nauru 2013-2019"),
    ("tommy-remengesau", "2013-01-17", (), "President of Palau 2013-2021"),
    ("dean-barrow", "2008-02-08", (), "Prime Minister of Belize 2008-2020"),
    ("freundel-stuart", "2010-10-23", (), "Prime Minister of Barbados 2010-2018"),
    ("perry-christie", "2012-05-08", (), "Prime Minister of the Bahamas 2012-2017"),
    ("keith-mitchell", "2013-02-20", (), "Prime Minister of Grenada 2013-2022"),
    ("kenny-anthony", "2011-11-30", (), "Prime Minister of Saint Lucia 2011-2016"),
    ("portia-simpson-miller", "2012-01-05", (), "Prime Minister of Jamaica 2012-2016"),
    ("donald-ramotar", "2011-12-03", (), "President of Guyana 2011-2015"),
    ("desi-bouterse", "2010-08-12", (), "President of Suriname 2010-2020"),
    ("thongsing-thammavong", "2010-12-23", (), "Prime Minister of Laos 2010-2016"),
    ("hery-rajaonarimampianina", "2014-01-25", (), "President of Madagascar 2014-2018"),
    ("peter-mutharika", "2014-05-31", (), "President of Malawi 2014-2020, again from 2025"),
    ("jose-mario-vaz", "2014-06-23", (), "President of Guinea-Bissau 2014-2020"),
    ("catherine-samba-panza", "2014-01-23", (), "Interim President of the Central African Republic 2014-2016"),
    ("sebastian-pinera", "2010-03-11", (), "President of Chile 2010-2014 and 2018-2022"),
    ("tabare-vazquez", "2005-03-01", (), "President of Uruguay 2005-2010 and 2015-2020"),
    ("milo-djukanovic", "2012-12-04", (), "Prime Minister of Montenegro 2012-2016, President 2018-2023"),
    ("zoran-milanovic", "2011-12-23", (), "Prime Minister of Croatia 2011-2016, President from 2020"),
    ("janez-jansa", "2012-02-10", (), "Prime Minister of Slovenia 2012-2013 and 2020-2022"),
    ("boyko-borisov", "2014-11-07", (), "Prime Minister of Bulgaria 2014-2021"),
    ("aleksandar-vucic", "2014-04-27", (), "Prime Minister of Serbia 2014-2017, President from 2017"),
    ("edi-rama", "2013-09-15", (), "Prime Minister of Albania from 2013"),
    ("miro-cerar", "2014-09-18", (), "Prime Minister of Slovenia 2014-2018"),
    ("filip-vujanovic", "2003-05-22", (), "President of Montenegro 2003-2018"),
    ("lee-hsien-loong", "2004-08-12", ("senior minister", "finance", "deputy"),
     "Prime Minister of Singapore 2004-2024 (finance minister 2001-2007), senior minister from 2024"),
    ("hun-sen", "1998-11-30", (), "Prime Minister of Cambodia to 2023 (sole prime minister from 1998)"),
    ("shavkat-mirziyoyev", "2003-12-12", (), "Prime Minister of Uzbekistan 2003-2016, President from 2016"),
    ("mahinda-rajapaksa", "2004-04-06", ("minister",), "Prime Minister and President of Sri Lanka (finance and defence portfolios)"),
    ("pushpa-kamal-dahal", "2008-08-18", (), "Prime Minister of Nepal 2008-2009, 2016-2017, 2022-2024"),
    ("saad-hariri", "2009-11-09", (), "Prime Minister of Lebanon 2009-2011 and 2016-2020"),
    ("rami-hamdallah", "2013-06-06", (), "Palestinian Prime Minister 2013-2019"),
    ("cyril-ramaphosa", "2014-05-26", (), "Deputy President, then President of South Africa"),
    ("jean-claude-juncker", "2005-07-01", ("minister",),
     "Prime Minister of Luxembourg to 2013 (finance minister to 2009), Eurogroup president 2005-2013, Commission president 2014-2019"),
    # ministers and officials of the G20 and other often-covered states
    ("ahmet-davutoglu", "2009-05-01", (), "Foreign Minister of Turkey 2009-2014, Prime Minister 2014-2016"),
    ("mevlut-cavusoglu", "2014-08-29", (), "Foreign Minister of Turkey 2014-2023"),
    ("efkan-ala", "2013-12-25", (), "Interior Minister of Turkey"),
    ("ismet-yilmaz", "2011-07-06", (), "Defence Minister of Turkey"),
    ("hakan-fidan", "2010-05-27", (), "Head of Turkey's MIT 2010-2023, then Foreign Minister"),
    ("theresa-may", "2012-09-04", (), "Home Secretary 2010-2016 (equalities minister to September 2012), Prime Minister 2016-2019"),
    ("jeremy-hunt", "2012-09-04", (), "UK Health Secretary from 2012, later Foreign Secretary and Chancellor"),
    ("iain-duncan-smith", "2010-05-12", (), "UK Work and Pensions Secretary 2010-2016"),
    ("eric-pickles", "2010-05-12", (), "UK Communities Secretary 2010-2015"),
    ("vince-cable", "2010-05-12", (), "UK Business Secretary 2010-2015"),
    ("ed-davey", "2012-02-03", (), "UK Energy Secretary 2012-2015"),
    ("nicky-morgan", "2014-07-15", (), "UK Education Secretary 2014-2016"),
    ("patrick-mcloughlin", "2012-09-04", (), "UK Transport Secretary 2012-2016"),
    ("sajid-javid", "2014-04-09", (), "UK Culture Secretary from 2014, later Business, Home and Chancellor"),
    ("john-bercow", "2009-06-22", (), "Speaker of the House of Commons 2009-2019"),
    ("moshe-yaalon", "2013-03-18", (), "Defence Minister of Israel 2013-2016"),
    ("avigdor-lieberman", "2009-03-31", (), "Foreign Minister of Israel (2009-2012, 2013-2015), later defence and finance"),
    ("javad-zarif", "2013-08-15", (), "Foreign Minister of Iran 2013-2021"),
    ("walid-muallem", "2006-02-11", (), "Foreign Minister of Syria 2006-2020"),
    ("sameh-shoukry", "2014-06-17", (), "Foreign Minister of Egypt 2014-2024"),
    ("sushma-swaraj", "2014-05-26", (), "External Affairs Minister of India 2014-2019"),
    ("rajnath-singh", "2014-05-26", (), "Home Minister of India 2014-2019, Defence Minister from 2019"),
    ("manohar-parrikar", "2014-11-09", (), "Defence Minister of India 2014-2017"),
    ("arun-jaitley", "2014-05-26", ("minister",), "Finance Minister of India 2014-2019 (with other portfolios)"),
    ("ajit-doval", "2014-05-30", (), "National Security Adviser of India from 2014"),
    ("pranab-mukherjee", "2004-05-22", (), "India's defence, external affairs and finance minister, President 2012-2017"),
    ("natalie-jaresko", "2014-12-02", (), "Finance Minister of Ukraine 2014-2016"),
    ("pavlo-klimkin", "2014-06-19", (), "Foreign Minister of Ukraine 2014-2019"),
    ("stepan-poltorak", "2014-10-14", (), "Defence Minister of Ukraine 2014-2019"),
    ("arseniy-yatsenyuk", "2014-02-27", (), "Prime Minister of Ukraine 2014-2016"),
    ("heiko-maas", "2013-12-17", (), "German Justice Minister 2013-2018, Foreign Minister 2018-2021"),
    ("thomas-de-maiziere", "2013-12-17", (), "German Interior Minister 2013-2018"),
    ("sigmar-gabriel", "2013-12-17", (), "German Vice-Chancellor 2013-2018 (and economy minister)"),
    ("sebastian-kurz", "2013-12-16", (), "Austrian Foreign Minister 2013-2017, Chancellor"),
    ("mohammed-bin-rashid", "2006-01-05", (), "Prime Minister and Vice President of the UAE from 2006"),
    ("abdullah-bin-zayed", "2006-02-09", (), "Foreign Minister of the UAE from 2006"),
    ("khalid-al-attiyah", "2013-06-26", (), "Foreign Minister of Qatar 2013-2016"),
    ("muhammad-bin-nayef", "2012-11-05", (), "Saudi Interior Minister 2012-2017"),
    ("yun-byung-se", "2013-03-11", (), "Foreign Minister of South Korea 2013-2017"),
    ("retno-marsudi", "2014-10-27", (), "Foreign Minister of Indonesia 2014-2024"),
    ("bambang-brodjonegoro", "2014-10-27", (), "Finance Minister of Indonesia 2014-2016"),
    ("tjahjo-kumolo", "2014-10-27", (), "Home Affairs Minister of Indonesia 2014-2019"),
    ("lou-jiwei", "2013-03-16", (), "Finance Minister of China 2013-2016"),
    ("chang-wanquan", "2013-03-16", (), "Defence Minister of China 2013-2018"),
    ("gao-hucheng", "2013-03-16", (), "Commerce Minister of China 2013-2017"),
    ("guo-shengkun", "2012-12-28", (), "Public Security Minister of China 2012-2017"),
    ("zhang-dejiang", "2013-03-14", (), "Chairman of China's NPC Standing Committee 2013-2018"),
    ("li-yuanchao", "2013-03-14", (), "Vice President of China 2013-2018"),
    ("yang-jiechi", "2007-04-27", (), "Foreign Minister of China 2007-2013, then state councillor"),
    ("sergei-naryshkin", "2011-12-21", (), "Speaker of the Duma 2011-2016, head of the SVR from 2016"),
    ("nikolai-patrushev", "2008-05-12", (), "Secretary of Russia's Security Council 2008-2024"),
    ("vladimir-kolokoltsev", "2012-05-21", (), "Interior Minister of Russia from 2012"),
    ("valentina-matviyenko", "2011-09-21", (), "Speaker of Russia's Federation Council from 2011"),
    ("alexander-konovalov", "2008-05-12", (), "Justice Minister of Russia 2008-2020"),
    ("vitaly-mutko", "2008-05-12", (), "Sports Minister of Russia 2008-2016"),
    ("sergei-shoigu", "2012-11-06", (), "Defence Minister of Russia 2012-2024"),
    ("denis-manturov", "2012-05-21", (), "Industry and Trade Minister of Russia 2012-2024"),
    ("luis-de-guindos", "2011-12-22", (), "Spain's economy minister 2011-2018, then ECB vice president"),
    ("federica-mogherini", "2014-02-22", (), "Italian Foreign Minister 2014, EU High Representative 2014-2019"),
    ("pierre-moscovici", "2012-05-16", (), "French Finance Minister 2012-2014, European Commissioner 2014-2019"),
    ("charles-michel", "2014-10-11", (), "Prime Minister of Belgium 2014-2019, European Council president 2019-2024"),
    ("paolo-gentiloni", "2014-10-31", (), "Italian Foreign Minister 2014-2016, Prime Minister, European Commissioner"),
    ("angelino-alfano", "2013-04-28", (), "Italian Interior Minister 2013-2016, Foreign Minister 2016-2018"),
    ("roberta-pinotti", "2014-02-22", (), "Italian Defence Minister 2014-2018"),
    ("bernard-cazeneuve", "2014-04-02", (), "French Interior Minister 2014-2016, Prime Minister 2016-2017"),
    ("emmanuel-macron", "2014-08-26", (), "French Economy Minister 2014-2016, President from 2017"),
    ("francois-fillon", "2007-05-17", (), "Prime Minister of France 2007-2012"),
    ("jeroen-dijsselbloem", "2012-11-05", (), "Dutch Finance Minister 2012-2017, Eurogroup president 2013-2018"),
    ("bert-koenders", "2014-10-17", (), "Dutch Foreign Minister 2014-2017"),
    ("margot-wallstrom", "2014-10-03", (), "Swedish Foreign Minister 2014-2019"),
    ("edgars-rinkevics", "2011-10-25", (), "Latvian Foreign Minister 2011-2023, President from 2023"),
    ("peter-szijjarto", "2014-09-23", (), "Hungarian Foreign Minister from 2014"),
    ("maite-nkoana-mashabane", "2009-05-10", (), "South African Foreign Minister 2009-2018"),
    ("nhlanhla-nene", "2014-05-26", (), "South African Finance Minister 2014-2015, 2018"),
    ("nathi-nhleko", "2014-05-26", (), "South African Police Minister 2014-2017"),
    ("malusi-gigaba", "2014-05-26", (), "South African Home Affairs and Finance Minister"),
    ("michael-masutha", "2014-05-26", (), "South African Justice Minister 2014-2019"),
    ("julie-bishop", "2013-09-18", (), "Australian Foreign Minister 2013-2018"),
    ("george-brandis", "2013-09-18", (), "Australian Attorney-General 2013-2017"),
    ("tedros", "2012-11-29", (), "Ethiopian Foreign Minister 2012-2016, WHO Director-General from 2017"),
    # holders of 2000-2014 (years_2000_2014.toml) whose later careers are well known
    ("janet-reno", "1993-03-12", (), "US Attorney General 1993-2001, no public office after"),
    ("charlie-flanagan", "2014-07-11", (), "Irish Foreign Minister 2014-2017, Justice Minister 2017-2020"),
    ("alberto-gonzales", "2005-02-03", (), "US Attorney General 2005-2007"),
    ("michael-mukasey", "2007-11-09", (), "US Attorney General 2007-2009"),
    ("louis-freeh", "1993-09-01", (), "FBI Director 1993-2001"),
    ("dana-perino", "2007-09-14", (), "White House Press Secretary 2007-2009"),
    ("scott-mcclellan", "2003-07-15", (), "White House Press Secretary 2003-2006"),
    ("tony-snow", "2006-05-10", (), "White House Press Secretary 2006-2007"),
    ("jay-carney", "2011-02-11", (), "White House Press Secretary 2011-2014"),
    ("dennis-blair", "2009-01-29", (), "Director of National Intelligence 2009-2010"),
    ("mike-mcconnell", "2007-02-13", (), "Director of National Intelligence 2007-2009"),
    ("michael-chertoff", "2005-02-15", (), "US Homeland Security Secretary 2005-2009"),
    ("michael-hayden", "2006-05-30", (), "CIA Director 2006-2009"),
    ("david-petraeus", "2011-09-06", (), "CIA Director 2011-2012"),
    ("tom-donilon", "2010-10-08", (), "National Security Adviser 2010-2013"),
    ("stephen-hadley", "2005-01-26", (), "National Security Adviser 2005-2009"),
    ("sandy-berger", "1997-03-14", (), "National Security Adviser 1997-2001"),
    ("joshua-bolten", "2003-06-26", (), "Budget director 2003-2006, White House Chief of Staff 2006-2009"),
    ("zalmay-khalilzad", "2007-04-30", (), "US ambassador to the UN 2007-2009, later special envoy"),
    ("alexei-kudrin", "2000-05-18", (), "Russian Finance Minister 2000-2011"),
    ("anatoly-serdyukov", "2007-02-15", (), "Russian Defence Minister 2007-2012"),
    ("viktor-zubkov", "2007-09-14", (), "Russian Prime Minister 2007-2008, then first deputy prime minister"),
    ("hans-eichel", "1999-04-12", (), "German Finance Minister 1999-2005"),
    ("peer-steinbrueck", "2005-11-22", (), "German Finance Minister 2005-2009"),
    ("christian-wulff", "2010-06-30", (), "German President 2010-2012"),
    ("alistair-darling", "2007-06-28", (), "UK Chancellor of the Exchequer 2007-2010"),
    ("david-miliband", "2007-06-28", (), "UK Foreign Secretary 2007-2010"),
    ("bertie-ahern", "1997-06-26", (), "Taoiseach 1997-2008"),
    ("brian-cowen", "2000-01-27", (), "Irish Foreign and Finance Minister, Taoiseach 2008-2011"),
    ("mary-mcaleese", "1997-11-11", (), "President of Ireland 1997-2011"),
    ("enrico-letta", "2013-04-28", (), "Prime Minister of Italy 2013-2014"),
    ("felipe-calderon", "2006-12-01", (), "President of Mexico 2006-2012"),
    ("ernesto-zedillo", "1994-12-01", (), "President of Mexico 1994-2000"),
    ("nestor-kirchner", "2003-05-25", (), "President of Argentina 2003-2007"),
    ("eduardo-duhalde", "2002-01-02", (), "President of Argentina 2002-2003"),
    ("alvaro-uribe", "2002-08-07", (), "President of Colombia 2002-2010"),
    ("susilo-bambang-yudhoyono", "2004-10-20", (), "President of Indonesia 2004-2014"),
    ("abdurrahman-wahid", "1999-10-20", (), "President of Indonesia 1999-2001"),
    ("ayad-allawi", "2004-06-28", (), "Prime Minister of Iraq 2004-2005, later vice president"),
    ("ibrahim-al-jaafari", "2005-05-03", (), "Prime Minister of Iraq 2005-2006, later foreign minister"),
    ("yasuo-fukuda", "2007-09-26", (), "Prime Minister of Japan 2007-2008"),
    ("keizo-obuchi", "1998-07-30", (), "Prime Minister of Japan 1998-2000"),
    ("apj-abdul-kalam", "2002-07-25", (), "President of India 2002-2007"),
    ("k-r-narayanan", "1997-07-25", (), "President of India 1997-2002"),
    ("pratibha-patil", "2007-07-25", (), "President of India 2007-2012"),
    ("natwar-singh", "2004-05-22", (), "External Affairs Minister of India 2004-2005"),
    ("sm-krishna", "2009-05-22", (), "External Affairs Minister of India 2009-2012"),
    ("salman-khurshid", "2012-10-28", (), "External Affairs Minister of India 2012-2014"),
    ("hubert-vedrine", "1997-06-04", (), "French Foreign Minister 1997-2002"),
    ("bernard-kouchner", "2007-05-18", (), "French Foreign Minister 2007-2010"),
    ("jean-pierre-raffarin", "2002-05-06", (), "Prime Minister of France 2002-2005, then senator"),
    ("bob-carr", "2012-03-13", (), "Australian Foreign Minister 2012-2013"),
    ("king-fahd", "1982-06-13", (), "King of Saudi Arabia 1982-2005"),
    # heads of international bodies and central banks
    ("thomas-bach", "2013-09-10", (), "IOC President 2013-2025"),
    ("yukiya-amano", "2009-12-01", (), "IAEA Director General 2009-2019"),
    ("roberto-azevedo", "2013-09-01", (), "WTO Director-General 2013-2020"),
    ("angel-gurria", "2006-06-01", (), "OECD Secretary-General 2006-2021"),
    ("guy-ryder", "2012-10-01", (), "ILO Director-General 2012-2022"),
    ("ertharin-cousin", "2012-04-05", (), "WFP Executive Director 2012-2017"),
    ("zeid-raad-al-hussein", "2014-09-01", (), "UN High Commissioner for Human Rights 2014-2018"),
    ("jose-graziano-da-silva", "2012-01-01", (), "FAO Director-General 2012-2019"),
    ("michel-sidibe", "2009-01-01", (), "UNAIDS Executive Director 2009-2019"),
    ("abdalla-salem-el-badri", "2007-01-01", (), "OPEC Secretary General 2007-2016"),
    ("fatou-bensouda", "2012-06-16", (), "ICC Prosecutor 2012-2021"),
    ("pierre-krahenbuhl", "2014-03-30", (), "UNRWA Commissioner-General 2014-2019"),
    ("zhou-xiaochuan", "2002-12-28", (), "Governor of the People's Bank of China 2002-2018"),
    ("haruhiko-kuroda", "2013-03-20", (), "Governor of the Bank of Japan 2013-2023"),
    ("raghuram-rajan", "2013-09-04", (), "Governor of the Reserve Bank of India 2013-2016"),
    ("glenn-stevens", "2006-09-18", (), "Governor of the Reserve Bank of Australia 2006-2016"),
    ("stefan-ingves", "2006-01-01", (), "Governor of the Riksbank 2006-2022"),
    ("thomas-jordan", "2012-04-18", (), "Chairman of the Swiss National Bank 2012-2024"),
    ("elvira-nabiullina", "2013-06-24", (), "Governor of the Bank of Russia from 2013"),
    ("stephen-poloz", "2013-06-03", (), "Governor of the Bank of Canada 2013-2020"),
    ("agustin-carstens", "2010-01-01", (), "Governor of the Bank of Mexico 2010-2017, BIS General Manager"),
    ("alexandre-tombini", "2011-01-01", (), "Governor of the Central Bank of Brazil 2011-2016"),
    ("erdem-basci", "2011-04-19", (), "Governor of Turkey's central bank 2011-2016"),
    ("graeme-wheeler", "2012-09-26", (), "Governor of the Reserve Bank of New Zealand 2012-2017"),
    ("karnit-flug", "2013-11-13", (), "Governor of the Bank of Israel 2013-2018"),
    ("lee-ju-yeol", "2014-04-01", (), "Governor of the Bank of Korea 2014-2022"),
    ("lesetja-kganyago", "2014-11-09", (), "Governor of the South African Reserve Bank from 2014"),
    ("godwin-emefiele", "2014-06-03", (), "Governor of the Central Bank of Nigeria 2014-2023"),
    ("oystein-olsen", "2011-01-01", (), "Governor of Norges Bank 2011-2022"),
    ("valeria-gontareva", "2014-06-19", (), "Governor of the National Bank of Ukraine 2014-2017"),
    # the United States: cabinet and White House
    ("eric-holder", "2009-02-03", (), "US Attorney General 2009-2015"),
    ("anthony-foxx", "2013-07-02", (), "US Transportation Secretary 2013-2017"),
    ("arne-duncan", "2009-01-20", (), "US Education Secretary 2009-2016"),
    ("ernest-moniz", "2013-05-21", (), "US Energy Secretary 2013-2017"),
    ("jeh-johnson", "2013-12-23", (), "US Homeland Security Secretary 2013-2017"),
    ("julian-castro", "2014-07-28", (), "US Housing Secretary 2014-2017"),
    ("bob-mcdonald", "2014-07-30", (), "US Veterans Affairs Secretary 2014-2017"),
    ("gina-mccarthy", "2013-07-19", (), "EPA Administrator 2013-2017"),
    ("denis-mcdonough", "2013-01-25", (), "White House Chief of Staff 2013-2017, VA Secretary 2021-2025"),
    ("jack-lew", "2012-01-27", (), "White House Chief of Staff 2012-2013, Treasury Secretary 2013-2017"),
    ("sally-jewell", "2013-04-12", (), "US Interior Secretary 2013-2017"),
    ("penny-pritzker", "2013-06-26", (), "US Commerce Secretary 2013-2017"),
    ("sylvia-burwell", "2014-06-09", (), "US Health Secretary 2014-2017"),
    ("tom-perez", "2013-07-23", (), "US Labor Secretary 2013-2017"),
    ("michael-froman", "2013-06-21", (), "US Trade Representative 2013-2017"),
    ("susan-rice", "2009-01-22", (), "US ambassador to the UN 2009-2013, National Security Adviser 2013-2017"),
    ("josh-earnest", "2014-06-20", (), "White House Press Secretary 2014-2017"),
    ("elaine-chao", "2001-01-29", (), "US Labor Secretary 2001-2009, Transportation Secretary 2017-2021"),
    ("rahm-emanuel", "2009-01-20", (), "White House Chief of Staff 2009-2010, Mayor of Chicago 2011-2019"),
    ("john-bolton", "2005-08-02", (), "US ambassador to the UN 2005-2006, National Security Adviser 2018-2019"),
    ("tom-vilsack", "2009-01-21", (), "US Agriculture Secretary 2009-2017, 2021-2025"),
    # US governors and mayors
    ("andrew-cuomo", "2011-01-01", (), "Governor of New York 2011-2021"),
    ("bill-de-blasio", "2014-01-01", (), "Mayor of New York City 2014-2021"),
    ("michael-bloomberg", "2002-01-01", (), "Mayor of New York City 2002-2013"),
    ("rudy-giuliani", "1994-01-01", (), "Mayor of New York City 1994-2001"),
    ("nikki-haley", "2011-01-12", (), "Governor of South Carolina 2011-2017, US ambassador to the UN 2017-2018"),
    ("chris-christie", "2010-01-19", (), "Governor of New Jersey 2010-2018"),
    ("jerry-brown", "2011-01-03", (), "Governor of California 2011-2019"),
    ("john-kasich", "2011-01-10", (), "Governor of Ohio 2011-2019"),
    ("deval-patrick", "2007-01-04", (), "Governor of Massachusetts 2007-2015"),
    ("greg-abbott", "2002-12-02", (), "Attorney General of Texas 2002-2015, Governor from 2015"),
    ("rick-perry", "2000-12-21", (), "Governor of Texas 2000-2015, Energy Secretary 2017-2019"),
    ("rick-scott", "2011-01-04", (), "Governor of Florida 2011-2019, then senator"),
    ("rick-snyder", "2011-01-01", (), "Governor of Michigan 2011-2019"),
    ("nathan-deal", "2011-01-10", (), "Governor of Georgia 2011-2019"),
    ("terry-mcauliffe", "2014-01-11", (), "Governor of Virginia 2014-2018"),
    ("mike-pence", "2013-01-14", (), "Governor of Indiana 2013-2017, Vice President 2017-2021"),
    ("kamala-harris", "2011-01-03", (), "Attorney General of California 2011-2017, senator, Vice President"),
    ("gavin-newsom", "2011-01-10", (), "Lieutenant Governor of California 2011-2019, Governor from 2019"),
    ("mark-warner", "2002-01-12", (), "Governor of Virginia 2002-2006, senator from 2009"),
    ("joe-manchin", "2005-01-17", (), "Governor of West Virginia 2005-2010, senator 2010-2025"),
    ("mitt-romney", "2003-01-02", (), "Governor of Massachusetts 2003-2007, senator 2019-2025"),
    ("tim-kaine", "2006-01-14", (), "Governor of Virginia 2006-2010, senator from 2013"),
    # US Congress: the seats held since the date
    ("mitch-mcconnell", "1985-01-03", (), "US senator from 1985"),
    ("nancy-pelosi", "1987-06-02", (), "US representative from 1987"),
    ("steny-hoyer", "1981-05-19", (), "US representative from 1981"),
    ("paul-ryan", "1999-01-03", (), "US representative 1999-2019"),
    ("harry-reid", "1987-01-03", (), "US senator 1987-2017"),
    ("jeff-sessions", "1997-01-03", (), "US senator 1997-2017, Attorney General 2017-2018"),
    ("john-mccain", "1987-01-03", (), "US senator 1987-2018"),
    ("lindsey-graham", "2003-01-03", (), "US senator from 2003"),
    ("bernie-sanders", "2007-01-03", (), "US senator from 2007"),
    ("elizabeth-warren", "2013-01-03", (), "US senator from 2013"),
    ("amy-klobuchar", "2007-01-03", (), "US senator from 2007"),
    ("dianne-feinstein", "1992-11-10", (), "US senator 1992-2023"),
    ("chuck-schumer", "1999-01-03", (), "US senator from 1999"),
    ("al-franken", "2009-07-07", (), "US senator 2009-2018"),
    ("bob-corker", "2007-01-03", (), "US senator 2007-2019"),
    ("claire-mccaskill", "2007-01-03", (), "US senator 2007-2019"),
    ("cory-booker", "2013-10-31", (), "US senator from 2013"),
    ("chris-coons", "2010-11-15", (), "US senator from 2010"),
    ("debbie-stabenow", "2001-01-03", (), "US senator 2001-2025"),
    ("dick-durbin", "1997-01-03", (), "US senator from 1997"),
    ("jim-inhofe", "1994-11-17", (), "US senator 1994-2023"),
    ("jon-tester", "2007-01-03", (), "US senator 2007-2025"),
    ("john-thune", "2005-01-03", (), "US senator from 2005"),
    ("john-barrasso", "2007-06-25", (), "US senator from 2007"),
    ("lisa-murkowski", "2002-12-20", (), "US senator from 2002"),
    ("jeanne-shaheen", "2009-01-03", (), "US senator from 2009"),
    ("angus-king", "2013-01-03", (), "US senator from 2013"),
    ("rand-paul", "2011-01-03", (), "US senator from 2011"),
    ("ted-cruz", "2013-01-03", (), "US senator from 2013"),
    ("richard-blumenthal", "2011-01-03", (), "US senator from 2011"),
    ("pat-toomey", "2011-01-03", (), "US senator 2011-2023"),
    ("patty-murray", "1993-01-03", (), "US senator from 1993"),
    ("orrin-hatch", "1977-01-03", (), "US senator 1977-2019"),
    ("susan-collins", "1997-01-03", (), "US senator from 1997"),
    ("sheldon-whitehouse", "2007-01-03", (), "US senator from 2007"),
    ("ron-wyden", "1981-01-03", (), "US representative 1981-1996, senator from 1996"),
    ("roger-wicker", "1995-01-03", (), "US representative 1995-2007, senator from 2007"),
    ("sherrod-brown", "1993-01-03", (), "US representative 1993-2007, senator 2007-2025"),
    ("tammy-baldwin", "1999-01-03", (), "US representative 1999-2013, senator from 2013"),
    ("tammy-duckworth", "2013-01-03", (), "US representative 2013-2017, senator from 2017"),
    ("tom-cotton", "2013-01-03", (), "US representative 2013-2015, senator from 2015"),
    ("richard-burr", "1995-01-03", (), "US representative 1995-2005, senator 2005-2023"),
    ("rob-portman", "1993-05-04", (), "US representative, trade representative, budget director, senator"),
    ("marsha-blackburn", "2003-01-03", (), "US representative 2003-2019, senator from 2019"),
    ("kirsten-gillibrand", "2007-01-03", (), "US representative 2007-2009, senator from 2009"),
    ("chris-van-hollen", "2003-01-03", (), "US representative 2003-2017, senator from 2017"),
    ("adam-schiff", "2001-01-03", (), "US representative 2001-2024, senator from 2024"),
    ("elijah-cummings", "1996-04-16", (), "US representative 1996-2019"),
    ("jerrold-nadler", "1992-11-03", (), "US representative from 1992"),
    ("maxine-waters", "1991-01-03", (), "US representative from 1991"),
    ("jim-jordan", "2007-01-03", (), "US representative from 2007"),
    ("devin-nunes", "2003-01-03", (), "US representative 2003-2022"),
    ("jim-clyburn", "1993-01-03", (), "US representative from 1993"),
    ("jason-chaffetz", "2009-01-03", (), "US representative 2009-2017"),
    ("trey-gowdy", "2011-01-03", (), "US representative 2011-2019"),
    ("kevin-mccarthy", "2007-01-03", (), "US representative 2007-2023"),
    ("steve-scalise", "2008-05-07", (), "US representative from 2008"),
    ("hakeem-jeffries", "2013-01-03", (), "US representative from 2013"),
    ("mike-pompeo", "2011-01-03", (), "US representative 2011-2017, CIA director, Secretary of State"),
    ("tom-price", "2005-01-03", (), "US representative 2005-2017, Health Secretary 2017"),
    ("xavier-becerra", "1993-01-03", (), "US representative 1993-2017, California attorney general, Health Secretary"),
    ("ron-desantis", "2013-01-03", (), "US representative 2013-2018, Governor of Florida from 2019"),
    ("tim-walz", "2007-01-03", (), "US representative 2007-2019, Governor of Minnesota from 2019"),
    ("kristi-noem", "2011-01-03", (), "US representative 2011-2019, Governor of South Dakota, Homeland Security Secretary"),
    ("mark-meadows", "2013-01-03", (), "US representative 2013-2020, White House Chief of Staff 2020-2021"),
    ("tulsi-gabbard", "2013-01-03", (), "US representative 2013-2021, Director of National Intelligence from 2025"),
    ("steve-king", "2003-01-03", (), "US representative 2003-2021"),
    ("john-lewis", "1987-01-03", (), "US representative 1987-2020"),
]


def _value(d: dt.date) -> str:
    return d.isoformat()


def _term(t) -> str:
    parts = [f'office = "{t.office}"']
    for key in ("start", "end", "elected", "scheduled_end"):
        v = getattr(t, key)
        if v is not None:
            parts.append(f"{key} = {_value(v)}")
    for key in ("acting", "uncertain", "died"):
        if getattr(t, key):
            parts.append(f"{key} = true")
    if t.note:
        parts.append(f"note = {t.note!r}".replace("'", '"'))
    return "{ " + ", ".join(parts) + " }"


HEADER = """\
# Earlier starts of the claim of a complete record (more of them: see years_complete.toml),
# for people whose record the other files claim complete only from 2015: every public office
# they held from the date given is on record, or left out by complete_except, so stories of
# those years are judged like later ones ("Senator Andrew Cuomo" in 2012: he was Governor of
# New York; "EU Press Secretary Pierre Moscovici" in December 2014).
# Basis: general knowledge of the public record of office holders, curated offline on
# 2026-11-30 without a live check (attrlint developers, MIT). Generated by
# tools/build_claims.py, which holds the list: edit it there, then rerun the script. Each
# entry restates the person's listed term that covers the date (a file's claim moves back
# only together with a term; an identical term is not added twice).
"""


def build(kb) -> str:
    out = [HEADER]
    seen = set()
    for pid, since, extra, why in CLAIMS:
        if pid in seen:
            raise SystemExit(f"{pid} listed twice")
        seen.add(pid)
        person = kb.people.get(pid)
        if person is None:
            raise SystemExit(f"unknown person {pid}")
        day = dt.date.fromisoformat(since)
        covering = [t for t in person.terms if t.start and t.start <= day and (t.end is None or day < t.end)]
        if not covering:
            raise SystemExit(f"{pid}: no listed term covers {since}")
        term = min(covering, key=lambda t: t.start)
        out.append("\n[[people]]")
        out.append(f'id = "{pid}"')
        out.append(f'name = "{person.name}"')
        out.append(f'basis = "{why}: general knowledge, curated offline 2026-11-30, no live check"')
        out.append(f"complete_since = {since}")
        if extra:
            out.append("complete_except = [" + ", ".join(f'"{w}"' for w in extra) + "]")
        out.append(f"terms = [{_term(term)}]  # restated: the claim moves back with it")
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    kb = load_files([p for p in bundled_files() if p.resolve() != OUT.resolve()])
    text = build(kb)
    if a.check:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(CLAIMS)} people)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
