#!/usr/bin/env python3
"""Convert PETRARCH2's armed non-state actor dictionary into rows of data/actors/actors.tsv.

Reads  ../shared/data/lexicons/petrarch2/Phoenix.MilNonState.actors.txt (openeventdata/petrarch2
at commit 676801cd, MIT licence, Copyright (c) 2014 Open Event Data; names from START's TOPS
database and the KEDS project) and rewrites data/actors/actors.tsv: the header, then one row per
converted group (source `petrarch2:MilNonState`), then every row of the existing file whose source
is anything else (the hand-written `sitrep` rows), unchanged. Re-running is safe: hand rows are
kept, converted rows are regenerated.

What the conversion does (see data/FORMATS.md for the row format):
  - `NAME_WITH_UNDERSCORES [CODE]` entries, `+ALIAS` lines and the `NAME / +ALIAS / <TAB>[CODE]`
    block form; underscores become spaces, trailing `_` go, names are title-cased sensibly.
  - A parenthesised acronym, "ADEN ABYAN ISLAMIC ARMY (AAIA)", leaves the name and becomes an
    alias of its own: case-sensitive `=AAIA` when it has 2-4 letters, plain when longer. A
    parenthesised country, "DIRECT ACTION (GREECE)", stays in the canonical name only.
  - CAMEO code: the first three letters are an ISO 3166-1 alpha-3 country (mapped to alpha-2
    below) or a region (MEA, SAS, WEU, INT, IMG...: no country unless COUNTRY_FIX names one).
    kind is `group`; inter is 2 (the codes say REB: rebels) unless INTER_FIX says the group is
    a militia, death squad or gang (3) or a communal militia (4).
  - Dropped: persons (leaders listed as aliases, and the KEDS section's individuals), joke
    entries, aliases of 1-2 characters, numbers and dates ("17 November", "May 15"), and
    aliases that are ordinary English words or phrases too generic to name one group (GENERIC).
    An alias claimed by two converted groups is kept only by the group whose name it is.
  - Groups that the hand-written rows describe better (SUPERSEDED, or whose canonical name is an
    alias of a hand row) are not converted; their useful aliases were folded into the hand rows.
    Single aliases that a hand row already uses are dropped from converted rows.

Run:  python3 tools/convert_petrarch_actors.py [--src FILE] [--out FILE] [--report]
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared/data/lexicons/petrarch2/Phoenix.MilNonState.actors.txt"
DEFAULT_OUT = ROOT / "data/actors/actors.tsv"
SOURCE_TAG = "petrarch2:MilNonState"
COLUMNS = ["id", "name", "kind", "inter", "country", "acled_name", "from", "until", "aliases", "source"]

HEADER = """\
# sitrep actors: named organisations, state bodies, IGOs, NGOs and media outlets.
# Source and licence:
#  - rows with source `petrarch2:MilNonState` are converted by tools/convert_petrarch_actors.py from
#    PETRARCH2 Phoenix.MilNonState.actors.txt (github.com/openeventdata/petrarch2, commit 676801cd,
#    MIT licence, Copyright (c) 2014 Open Event Data; organisation names from START's TOPS database
#    and the KEDS project). Re-run the script to regenerate them; it keeps every other row.
#  - rows with source `sitrep` are written by hand for sitrep (project licence), from general
#    knowledge of the groups, states and organisations named; acled_name follows ACLED's actor
#    naming (`{country}` = the incident's country).
# Format: data/FORMATS.md. Converted rows come first, hand rows after them.
"""

# --- ISO 3166-1 alpha-3 -> alpha-2 for the codes the dictionary uses (and their neighbours) ----
ISO3_TO_ISO2 = {
    "AFG": "AF", "AGO": "AO", "ALB": "AL", "ARG": "AR", "ARM": "AM", "AUS": "AU", "AUT": "AT",
    "AZE": "AZ", "BEL": "BE", "BGD": "BD", "BIH": "BA", "BOL": "BO", "BRA": "BR", "CAN": "CA",
    "CHE": "CH", "CHL": "CL", "CHN": "CN", "CMR": "CM", "COD": "CD", "COG": "CG", "COL": "CO",
    "CRI": "CR", "CUB": "CU", "CYP": "CY", "DEU": "DE", "DNK": "DK", "DOM": "DO", "DZA": "DZ",
    "ECU": "EC", "EGY": "EG", "ERI": "ER", "ESP": "ES", "ETH": "ET", "FRA": "FR", "GBR": "GB",
    "GEO": "GE", "GLP": "GP", "GRC": "GR", "GTM": "GT", "HND": "HN", "HTI": "HT", "IDN": "ID",
    "IND": "IN", "IRL": "IE", "IRN": "IR", "IRQ": "IQ", "ISR": "IL", "ITA": "IT", "JOR": "JO",
    "JPN": "JP", "KEN": "KE", "KHM": "KH", "KOR": "KR", "KWT": "KW", "LAO": "LA", "LBN": "LB",
    "LBR": "LR", "LBY": "LY", "LKA": "LK", "LVA": "LV", "MAR": "MA", "MEX": "MX", "MKD": "MK",
    "MLI": "ML", "MMR": "MM", "MOZ": "MZ", "MYS": "MY", "NAM": "NA", "NER": "NE", "NGA": "NG",
    "NIC": "NI", "NLD": "NL", "NPL": "NP", "PAK": "PK", "PAN": "PA", "PER": "PE", "PHL": "PH",
    "PRI": "PR", "PRT": "PT", "PRY": "PY", "PSE": "PS", "QAT": "QA", "RUS": "RU", "RWA": "RW",
    "SAU": "SA", "SDN": "SD", "SEN": "SN", "SLE": "SL", "SLV": "SV", "SOM": "SO", "SSD": "SS",
    "SUR": "SR", "SWE": "SE", "SWZ": "SZ", "SYR": "SY", "TCD": "TD", "THA": "TH", "TJK": "TJ",
    "TUN": "TN", "TUR": "TR", "UGA": "UG", "UKR": "UA", "URY": "UY", "USA": "US", "UZB": "UZ",
    "VEN": "VE", "YEM": "YE", "ZAF": "ZA", "ZWE": "ZW",
    "ANG": "AO",  # the file writes UNITA's code as ANGREB: Angola's alpha-3 is AGO
}

# Regions and placeholders in CAMEO codes: no single country.
REGION_CODES = {"MEA", "SAS", "KKL", "WEU", "INT", "IMG", "SEA", "EAF", "LAM", "AFR", "CAS", "ASA",
                "SAF", "EUR", "EEU", "NMR", "EIN", "CFR", "BUD", "SAM", "NAF", "WAF"}

# Countries for groups whose code names a region (or a wrong country). Keyed by row id.
COUNTRY_FIX = {
    "abu_nidal_organization": "PS",
    "al_intiqami_al_pakistani": "PK",
    "animal_liberation_front": "",
    "continuity_irish_republican_army": "GB",
    "irish_national_liberation_army": "GB",
    "irish_republican_army": "GB",
    "real_irish_republican_army": "GB",
    "official_ira": "GB",
    "southern_california_ira": "US",
    "hawks_of_thrace": "",
    "japanese_red_army": "JP",
    "kach": "IL",
    "palestinian_islamic_jihad": "PS",
    "people_s_revolutionary_army_colombia": "CO",
    "popular_front_for_the_liberation_of_palestine": "PS",
    "popular_front_for_the_liberation_of_palestine_general_command": "PS",
    "al_fatah": "PS",
    "al_saiqa": "PS",
    "arab_liberation_front": "PS",
    "black_september": "PS",
    "may_15_organization_for_the_liberation_of_palestine": "PS",
    "palestine_liberation_front": "PS",
    "baader_meinhof_group": "DE",
    "2nd_of_june_movement": "DE",
    "spanish_basque_battalion": "ES",
    "al_zulfikar": "PK",
    "pattani_united_liberation_organization": "TH",
    "people_s_liberation_forces_el_salvador": "SV",
    "people_s_revolutionary_army_argentina": "AR",
    "ananda_marga": "IN",
    "armenian_secret_army_for_the_liberation_of_armenia": "",
    "third_of_october_group": "",
    "new_armenian_resistance": "",
    "september_france": "",
    "justice_commandos_for_the_armenian_genocide": "",
    "movement_of_islamic_action_of_iraq": "IQ",
    "islamic_salvation_front": "DZ",
    "eritrean_liberation_front": "ER",
    "mozambique_national_resistance_movement": "MZ",
    "armed_forces_of_national_liberation": "PR",
    "new_afrikan_freedom_fighters": "US",
    "al_fuqra": "US",
    "jenin_martyr_s_brigade": "PS",
    "committee_for_the_security_of_the_highways": "IL",
    "save_kashmir_movement": "IN",
    "mujahideen_al_mansooran": "IN",
    "lord_s_resistance_army": "UG",
    "national_army_for_the_liberation_of_uganda": "UG",
    "kosovo_liberation_army": "XK",
    "cambodian_freedom_fighters": "KH",
    "popular_self_defense_forces": "CD",
    "communist_party_of_nepal_maoist": "NP",
    "achik_national_volunteer_council": "IN",
    "all_tripura_tiger_force": "IN",
    "al_mansoorain": "IN",
    "borok_national_council_of_tripura": "IN",
    "democratic_karen_buddhist_army": "MM",
    "latin_american_patriotic_army": "",
    "east_turkistan_liberation_organization": "CN",
    "free_vietnam_revolutionary_group": "VN",
    "free_aceh_movement": "ID",
    "egyptian_islamic_jihad": "EG",
    "jemaah_islamiya": "ID",
    "jamiat_ul_mujahedin": "IN",
    "kayin_national_union": "MM",
    "mujahedin_e_khalq": "IR",
    "macedonian_revolutionary_organization": "MK",
    "movement_for_democracy_and_justice_in_chad": "TD",
    "national_democratic_front_of_bodoland": "IN",
    "national_liberation_front_of_tripura": "IN",
    "new_revolutionary_alternative": "RU",
    "oromo_liberation_front": "ET",
    "ogaden_national_liberation_front": "ET",
    "proletarian_nuclei_for_communism": "IT",
    "south_maluku_republic": "ID",
    "sri_nakharo": "",
    "russian_national_unity": "RU",
    "salah_al_din_battalions": "PS",
    "yemen_islamic_jihad": "YE",
    "guatemalan_national_revolutionary_unity": "GT",
    "independent_armed_revolutionary_movement": "PR",
    "special_purpose_islamic_regiment": "RU",
    "oklahoma_city_bombing_conspirators": "US",
    "al_gama_a_al_islamiyya": "EG",
    "al_aqsa_martyrs_brigades": "PS",
    "abu_hafs_al_masri_brigade": "",
    "al_borkan_liberation_organization": "LB",
    "al_faran": "IN",
    "al_sadr_brigades": "IQ",
    "all_burma_students_democratic_front": "MM",
    "arab_commando_cells": "",
    "arabian_peninsula_freemen": "SA",
    "armed_revolutionary_action": "",
    "armenian_red_army": "",
    "armenian_resistance_group": "",
    "arnoldo_camu_command": "CL",
    "aum_shinrikyo": "JP",
    "brother_julian": "",
    "canary_islands_independence_movement": "ES",
    "cinchoneros_popular_liberation_movement": "HN",
    "december_20_torrijist_patriotic_vanguard": "PA",
    "eyal": "IL",
    "free_papua_movement": "ID",
    "generation_of_arab_fury": "",
    "god_s_army": "MM",
    "green_cells": "",
    "group_of_the_martyrs_mostafa_sadeki_and_ali_zadeh": "IR",
    "guardsmen_of_islam": "",
    "hector_riobe_brigade": "",
    "islamic_action_organization": "IQ",
    "islamic_action_in_iraq": "IQ",
    "islamic_liberation_organization": "LB",
    "islamic_movement_for_change": "SA",
    "islamic_movement_of_uzbekistan": "UZ",
    "jammu_and_kashmir_islamic_front": "IN",
    "jordanian_national_liberation_movement": "JO",
    "lebanese_socialist_revolutionary_organization": "LB",
    "liberation_army_fifth_battalion": "",
    "movimiento_armado_nacionalista_organizacion": "",
    "mujahideen_division_khandaq": "",
    "national_front_for_the_liberation_of_angola": "AO",
    "national_front_for_the_liberation_of_kurdistan": "TR",
    "national_patriotic_front_of_liberia": "LR",
    "opr_33": "UY",
    "omar_torrijos_commando_for_latin_american_dignity": "",
    "palestinian_popular_struggle_front": "PS",
    "palestinian_revolution_forces_general_command": "PS",
    "pan_turkish_organization": "TR",
    "peace_conquerors": "",
    "people_s_revolutionary_party": "CD",
    "polisario_front": "EH",
    "polish_revolutionary_home_army": "PL",
    "popular_resistance_committees": "PS",
    "raul_sendic_international_brigade": "",
    "recontra_380": "NI",
    "revolutionary_united_front": "SL",
    "syrian_social_nationalist_party": "SY",
    "uganda_democratic_christian_army": "UG",
    "united_nasserite_organization": "",
    "var_palmares": "BR",
    "west_nile_bank_front": "UG",
    "world_united_formosans_for_independence": "TW",
    "de_fes": "",
    "al_ittihaad_al_islami": "SO",
    "moroccan_islamic_combatant_group": "MA",
    "army_for_the_liberation_of_rwanda": "RW",
    "tunisian_combatant_group": "TN",
    "islamic_international_peacekeeping_brigade": "RU",
    "arab_nationalist_youth_for_the_liberation_of_palestine": "PS",
    "front_for_the_liberation_of_the_french_somali_coast": "DJ",
    "international_justice_group": "",
    "kurdistan_freedom_hawks": "TR",
    "morazanist_front_for_the_liberation_of_honduras": "HN",
    "kumpulan_mujahidin_malaysia": "MY",
    "al_qaeda_organization_in_the_land_of_the_two_rivers": "IQ",
    "united_national_liberation_front": "IN",
    "national_socialist_council_of_nagaland_khaplang": "IN",
    "al_ahwaz_arab_people_s_democratic_front": "IR",
    "iraqi_liberation_army": "IQ",
    "battalion_of_the_martyr_abdullah_azzam": "LB",
    "people_s_revolutionary_party_of_kangleipak": "IN",
    "black_panthers_west_bank_gaza": "PS",
    "harakat_ul_jihad_i_islami_bangladesh": "BD",
    "kamtapur_liberation_organization": "IN",
    "al_fath_al_mubin_troops": "",
    "sami_al_ghul_brigades": "PS",
    "sheikh_ahmed_yassin_brigades": "PS",
    "abu_mus_ab_al_zarqawi_battalion": "",
    "united_achik_national_front": "IN",
    "al_majd_brigades": "PS",
    "al_bara_bin_malek_brigades": "",
    "takfir_wa_hijra": "",
    "mara_salvatruchas": "SV",
    "revolutionary_army_of_the_people": "DO",
    "armed_commandos_of_liberation": "PR",
    "al_haramain_foundation": "SA",
    "islamic_jihad_group": "UZ",
    "islamic_great_eastern_raiders_front": "TR",
    "ethiopian_people_s_revolutionary_army": "ET",
    "front_for_defenders_of_islam": "ID",
    "international_sikh_youth_federation": "IN",
    "caucasian_mujahideen": "RU",
    "d_company": "IN",
    "jammu_kashmir_liberation_front": "IN",
    "jammu_and_kashmir_freedom_force": "IN",
    "jammu_and_kashmir_freedom_front": "IN",
    "lashkar_e_sajjad": "IN",
    "martyr_abu_ali_mustafa_brigades": "PS",
    "holy_jihad_brigades": "PS",
    "mujahadi_bayt_al_maqdis_brigades": "PS",
    "omar_bin_al_khattab_brigades": "PS",
    "knights_of_the_tempest": "PS",
    "badr_forces": "PS",
    "abu_al_rish_brigades": "PS",
    "arab_revolutionary_front": "",
    "anti_terrorist_liberation_group": "ES",
    "armata_di_liberazione_naziunale": "FR",
    "front_for_the_liberation_of_lebanon_from_foreigners": "LB",
    "jund_al_sham": "LB",
    "al_aqsa_foundation": "",
    "bodo_liberation_tigers": "IN",
    "harakat_ul_mujahidin": "PK",
    "harakat_ul_jihad_i_islami": "PK",
    "harkat_ul_ansar": "PK",
    "al_barq": "IN",
    "islami_inqilabi_mahaz": "IN",
    "revolutionary_people_s_front": "IN",
    "ulster_defence_association": "GB",
    "ulster_volunteer_force": "GB",
    "loyalist_volunteer_force": "GB",
    "orange_volunteers": "GB",
    "red_hand_defenders": "GB",
    "south_londonderry_volunteers": "GB",
    "vitalunismo": "",
    "clandestini_ribelli": "",
    "irrintzi": "FR",
    "committee_of_solidarity_with_arab_and_middle_east_political_prisoners": "",
    "angry_brigade": "GB",
    "group_bakunin_gdansk_paris_guatemala_salvador": "FR",
    "eritrean_people_s_liberation_front": "ER",
    "chadian_people_s_revolutionary_movement": "TD",
    "dukhtaran_e_millat": "IN",
    "lashkar_e_jabbar": "IN",
    "movement_for_democracy_and_development": "TD",
    "puerto_rican_resistance_movement": "PR",
    "spanish_national_action": "ES",
    "tanzim": "PS",
    "vigorous_burmese_student_warriors": "MM",
    "zimbabwe_african_nationalist_union": "ZW",
    "eritrean_islamic_jihad_movement": "ER",
    "karenni_national_progressive_party": "MM",
    "russian_national_bolshevist_party": "RU",
    "al_fatah_uprising": "PS",
    "peykar": "IR",
    "uygur_holy_war_organization": "CN",
    "kurdish_patriotic_union": "IQ",
    "people_s_liberation_army_of_kurdistan": "TR",
    "ninth_of_june_organization": "",
    "orly_organization": "",
    "armenian_revolutionary_army": "",
    "ukrainian_reactionary_force": "",
    "hezb_e_azadi_ye_afghanistan": "AF",
    "palestine_liberation_organization": "PS",
    "democratic_front_for_the_liberation_of_palestine": "PS",
    "south_west_africa_people_s_organization": "NA",
    "unita": "AO",
    "aum_shinrikyo": "JP",
    "harkat_ul_ansar": "PK",
}

# ACLED actor type where the group is not a rebel group (2). Keyed by row id.
INTER_FIX = {
    # political militias: paramilitaries, death squads, vigilantes, gangs and cartels (ACLED 3)
    "argentine_anti_communist_alliance": 3, "mano_blanca": 3, "counterrevolutionary_solidarity": 3,
    "tontons_macoutes": 3, "self_defense_groups_of_cordoba_and_uraba": 3,
    "united_self_defense_forces_of_venezuela": 3, "mara_salvatruchas": 3, "d_company": 3,
    "el_rukn": 3, "ku_klux_klan": 3, "aryan_nations": 3, "jewish_defense_league": 3,
    "white_patriot_party": 3, "hammerskin_nation": 3, "fourth_reich_skinheads": 3,
    "american_front": 3, "oklahoma_constitutional_militia": 3, "washington_state_militia": 3,
    "mountaineer_militia": 3, "colorado_1st_light_infantry": 3, "1st_mechanical_kansas_militia": 3,
    "san_joaquin_militia": 3, "montana_freemen": 3, "sheriff_s_posse_comitatus": 3,
    "people_against_gangsterism_and_drugs": 3, "the_extraditables": 3, "hisba": 3,
    "anti_terrorist_liberation_group": 3, "triple_a": 3, "muttahida_qami_movement": 3,
    "mohajir_qami_movement_haqiqi": 3, "mahdi_army": 3, "interahamwe": 4,
    # communal / identity militias (ACLED 4)
    "popular_self_defense_forces": 4, "iduwini_youths": 4, "odua_peoples_congress": 4,
}

# Validity for groups that became governments or parties (the row stops there). Keyed by row id.
DATE_FIX = {
    "african_national_congress_south_africa": ("", "1994-04-27"),   # first free elections
    "zimbabwe_african_nationalist_union": ("", "1980-04-18"),        # independence
    "south_west_africa_people_s_organization": ("", "1990-03-21"),   # Namibian independence
    "national_patriotic_front_of_liberia": ("", "1997-08-02"),       # Taylor inaugurated
    "popular_movement_for_the_liberation_of_angola": ("", "1975-11-11"),
}

# Entries that are not converted at all. Keyed by the slug of the raw name.
DROP_ENTRIES = {
    # persons (the organisation they lead has its own row)
    "sheikh_ahmed_yassin", "osama_bin_laden", "ayman_al_zawahiri",
    # fictional characters left in the KEDS list
    "ernst_stavro_blofeld", "ra_s_al_ghul", "hong_kil_dong",
    # names that are an ordinary word, a number or a date, with no better alias
    "may_15", "may_98", "21_june", "313", "tigers", "new_order", "black_friday", "black_star",
    "red_line", "anarchists_the", "black_december", "shahin", "hisba", "venceremos",
    "immediate_action", "popular_justice", "social_resistance", "popular_resistance",
    "revolutionary_army", "national_warriors", "proletarian_resistance", "new_jihad_group",
    "de_fes", "anarchist_collective", "the_anarchists", "waffen_ss", "eyal",
    # descriptions rather than names
    "pro_chechen_wahhabi_group", "extremist_abu_sayyaf", "oklahoma_city_bombing_conspirators",
}

# KEDS section: only these organisation entries are kept (the rest are individuals).
KEDS_KEEP = {
    "abu_sayyaf", "aum_shinrikyo", "aum_shinsen_no_kai", "aum_supreme_truth", "caucasian_mujahideen",
    "d_company", "el_qaida", "al_qai_dah", "harakut_ul_jihad_e_islami", "harakut_ul_jihad_ul_islami",
    "harkat_ul_ansar", "harkat_ul_mujahideen", "international_islamic_battalion",
    "international_sikh_youth_federation", "islambouli_brigade", "islamic_international_brigade",
    "islamic_peacekeeping_army", "islamic_peacekeeping_brigade", "jamaah_islamiya",
    "jammu_kashmir_liberation_front", "jammu_and_kashmir_freedom_force",
    "jammu_and_kashmir_freedom_front", "jammu_and_kashmir_islamic_front", "japanese_red_army",
    "japan_red_army", "jemaah_islamiah", "jemaah_islamiya", "jemaah_islamiyah", "jklf",
    "kashmir_liberation_front", "kumpulan_mujahiden", "lashkar_e_sajjad", "lashkar_e_tayyaba",
    "lashkar_e_tayyiba", "lashkar_e_toiba", "lashkar_i_taiba", "lashkar_i_tayyaba",
    "laskar_e_taiba", "laskar_e_tayyaba", "laskar_e_tayyiba", "laskar_e_toiba", "laskar_i_taiba",
    "laskar_i_tayyaba", "laskar_i_toiba", "malaysian_mujahideen_organisation",
    "moro_islamic_liberation_front", "mujahideen_division_khandaq",
    "philippine_secessionist_group_moro_islamic_liberation_front", "aleph",
}

# Entries folded into another entry (as aliases). Keyed by raw-name slug -> target row id.
MERGE_INTO = {
    "aum_shinsen_no_kai": "aum_shinrikyo", "aum_supreme_truth": "aum_shinrikyo",
    "aleph": "aum_shinrikyo",
    "harakut_ul_jihad_e_islami": "harakat_ul_jihad_i_islami",
    "harakut_ul_jihad_ul_islami": "harakat_ul_jihad_i_islami",
    "harkat_ul_mujahideen": "harakat_ul_mujahidin",
    "international_islamic_battalion": "islamic_international_peacekeeping_brigade",
    "islamic_international_brigade": "islamic_international_peacekeeping_brigade",
    "islamic_peacekeeping_army": "islamic_international_peacekeeping_brigade",
    "islamic_peacekeeping_brigade": "islamic_international_peacekeeping_brigade",
    "islambouli_brigade": "al_islambouli_brigades_of_al_qaeda",
    "jammu_kashmir_liberation_front": "jammu_kashmir_liberation_front",
    "jklf": "jammu_kashmir_liberation_front",
    "kashmir_liberation_front": "jammu_kashmir_liberation_front",
    "japan_red_army": "japanese_red_army",
    "kumpulan_mujahiden": "kumpulan_mujahidin_malaysia",
    "malaysian_mujahideen_organisation": "kumpulan_mujahidin_malaysia",
    "al_itihaad_al_islamiya": "al_ittihaad_al_islami",
    "ansar_al_sunnah_army": "jamaat_ansar_al_sunna",
    "al_gama_a_al_islamiyya": "al_gama_a_al_islamiyya",
    "pkk": "kurdistan_workers_party",
}

# Groups covered by hand-written (`sitrep`) rows: not converted. Keyed by raw-name slug.
# Their useful aliases are in the hand rows.
SUPERSEDED = {
    "abu_sayyaf_group", "abu_sayyaf", "al_qa_ida", "el_qaida", "al_qai_dah",
    "al_qaeda_in_the_arabian_peninsula", "al_qaeda_organization_in_the_islamic_maghreb",
    "al_shabaab", "ansar_al_sharia", "ansar_dine", "boko_haram", "hamas", "izz_ad_din_al_qassam",
    "hezbollah", "kurdistan_workers_party", "pkk", "hpg", "taliban",
    "revolutionary_armed_forces_of_colombia", "national_liberation_army_colombia",
    "april_19_movement", "shining_path", "tupac_amaru_revolutionary_movement",
    "farabundo_marti_national_liberation_front", "people_s_liberation_forces_el_salvador",
    "armed_forces_of_national_resistance", "guatemalan_national_revolutionary_unity",
    "guerrilla_army_of_the_poor", "guatemalan_labor_party", "rebel_armed_forces",
    "manuel_rodriguez_patriotic_front", "cinchoneros_popular_liberation_movement",
    "morazanist_patriotic_front", "zarate_willka_armed_forces_of_liberation", "the_extraditables",
    "popular_liberation_army", "united_self_defense_forces_of_colombia",
    "lord_s_resistance_army", "palestinian_islamic_jihad", "lashkar_e_taiba", "lashkar_e_tayyaba",
    "lashkar_e_tayyiba", "lashkar_e_toiba", "lashkar_i_taiba", "lashkar_i_tayyaba",
    "laskar_e_taiba", "laskar_e_tayyaba", "laskar_e_tayyiba", "laskar_e_toiba", "laskar_i_taiba",
    "laskar_i_tayyaba", "laskar_i_toiba", "jaish_e_mohammad", "lashkar_e_jhangvi",
    "hizbul_mujahideen", "baloch_liberation_army", "tigray_peoples_liberation_front",
    "basque_fatherland_and_freedom", "liberation_tigers_of_tamil_eelam", "jemaah_islamiya",
    "jamaah_islamiya", "jemaah_islamiah", "jemaah_islamiyah", "moro_islamic_liberation_front",
    "philippine_secessionist_group_moro_islamic_liberation_front", "new_people_s_army",
    "free_papua_movement", "eastern_turkistan_islamic_movement", "mara_salvatruchas",
    "army_for_the_liberation_of_rwanda", "mozambique_national_resistance_movement",
    "barisan_revolusi_nasional_melayu_pattani", "kayin_national_union", "hizb_i_islami",
    "hizb_i_islami_gulbuddin", "communist_party_of_india_maoist", "tawhid_and_jihad",
    "al_qaeda_organization_in_the_land_of_the_two_rivers", "sudan_people_s_liberation_army",
    "jund_allah_organization_for_the_sunni_mujahideen_in_iran", "kurdistan_freedom_hawks",
    "jagrata_muslim_janata_bangladesh", "jamatul_mujahedin_bangladesh",
    "al_fatah", "al_aqsa_martyrs_brigades", "irish_republican_army", "ezln", "sandinistas",
    "contras", "united_liberation_front_of_assam", "movement_for_the_emancipation_of_the_niger_delta",
    "kosovo_liberation_army", "ansar_al_islam", "ansar_allah", "amal", "popular_self_defense_forces",
    "maoist_communist_center", "people_s_war_group",
}

# Person names found as aliases (normalised); dropped.
PERSON_ALIASES = {
    "khaled meshaal", "mohammed deif", "marwan issa", "ahmed yassin", "sheikh ahmed yassin",
    "abu zuhri", "sami abu zuhri", "dominic ongwen", "joseph kony", "vincent otti",
    "caesar achellam", "raska lukwiya", "okot odhiambo", "odong latek", "alphonse lamola",
    "nixman oryanga", "ahmad umar", "moktar ali zubeyr", "ahmed abdi godane",
}

# Aliases too generic to name one group on their own (normalised, see norm()).
GENERIC = {
    "organization", "youth", "zero", "falcon", "yahweh", "the foundation", "the cornerstone",
    "islamic party", "islamic group", "islamic community", "islamic union", "islamic unity",
    "national resistance", "revolutionary left", "peoples war", "la liga", "le celle",
    "il carcere", "i carcerieri", "mavericks", "the avengers", "national liberation movement",
    "united national front", "national front", "free land", "we will win", "red banner",
    "the lightning", "al jihad", "jihad group", "army of jihad", "holy war warriors", "380",
    "ex contras", "party of god", "islamic jihad", "the islamic resistance",
    "national revolutionary front", "patriotic youth", "nationalist youth", "masses and soldiers",
    "the people and the soldiers", "citizen and soldierc", "secret warriors", "secret bad men",
    "supporters of islam", "supporters of jihad", "army of mohammed", "mohammeds army",
    "muhammeds army", "counter revolutionaries", "triple a", "17 november", "bersatu", "ber satu",
    "aleph", "group zero", "revolutionary cells", "the order", "order", "cinque c",
    "army of national liberation", "national liberation army", "peoples liberation army",
    "popular liberation forces", "popular forces of liberation", "islamic resistance movement",
    "islamic salvation movement", "jihad base", "people s war", "revolutionary popular struggle",
    "naxalites", "warriors of the boer nation", "national security volunteers", "boogeymen",
    "islamic task organization", "brigade of knights", "knights brigades", "falcon brigades",
    "special death brigades", "green battalion", "the holy men", "muslim defense force",
    "group of peoples fighters", "peoples combatant group", "army of the levant",
    "soldiers of greater syria", "horrors brigades", "calamities brigades", "brigades of vengeance",
    "the group of death", "army of the righteous", "army of the prophet", "community of the impoverished",
    "quranic open university", "universal church of god", "the universal army", "martyrs of democracy",
    "the new york eight", "machete wielders", "united company of jihad", "al tawhid",
    "unification and jihad", "monotheism and holy struggle", "al qaeda organization",
    "al qaeda in iraq", "qaeda group", "lashkar e taiba", "national liberation action",
    "national liberation alliance", "revolutionary workers council", "middle core faction",
    "nucleus faction", "revolutionary amazon command", "honorables of jordan", "nobles of jordan",
    "righteous of jordan", "movement of hope", "lebanese resistance detachments", "al qanoon",
    "justice and revenge front", "popular struggle front", "youth action group", "red eagles",
    "galilee liberators", "fighters of jerusalem brigades", "ansar al din",
    "the islamic resistance", "people s liberation army", "peoples revolutionary army",
    "vanguards of conquest", "islamic freedom fighters group", "wisdom of jihad",
    "democratic peoples unions", "national liberation union", "red bill", "groupe olivier",
    "direct action", "ad rev", "emetic", "car", "isa", "epa", "ssim/a", "clandestini",
    "international solidarity", "fighters for freedom", "friendship society",
    "palestinian resistance", "islamic society", "islamic brotherhood", "liberation battalion",
    "revolutionary socialists", "al aqsa", "al aksa", "maoist communist party",
    "the volcano organization", "al borkan", "daughters of the nation", "daughters of the faith",
    "freedom pary of afghanistan", "cell against the capital", "anarchical attack groups",
}

# (GENERIC is normalised with norm() in main(), so "the order" and "order" are one key.)

# Raw aliases rewritten before cleaning (garbled lines in the source).
ALIAS_FIX = {
    "ARMY_OF_MOHAMMED_AND_THE_JAISH_ADAN_AL_ISLAMI+_ISLAMIC_ADEN_ARMY_":
        ["JAISH_ADAN_AL_ISLAMI", "ISLAMIC_ADEN_ARMY_"],
    "JAISH-I-MOHAMMED_(MOHAMMAD_": ["JAISH-I-MOHAMMED_"],
    "EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_": ["EJERCITO_DEL_PUEBLO_EN_ARMAS_(EPA)_"],
    "DAKSHIN_DESH_(ORGANIZATIONS_ORIGINAL_NAME_FROM_1969-1975)_": ["DAKSHIN_DESH_"],
    "NAXALITES_(GENERAL_NAME_FOR_LEFT-WING_EXTREMISTS)_": ["NAXALITES_"],
    "THE_COMMUNIST_PARTY_OF_INDIA-MARXIST_LENINIST_(PEOPLES_WAR)_CPI-ML_":
        ["COMMUNIST_PARTY_OF_INDIA_(MARXIST-LENINIST)_PEOPLES_WAR", "CPI-ML_PEOPLES_WAR"],
    "COMMUNIST_PARTY_OF_INDIA_(MARXIST-LENINIST)_JANASHAKTI_":
        ["COMMUNIST_PARTY_OF_INDIA_MARXIST-LENINIST_JANASHAKTI_"],
    "DZHENNET_(PARADISE)_": ["DZHENNET_"],
    "TABAK_(MACHETE)_GROUP_": ["TABAK_GROUP_"],
    "DEV_SOL_(KARATAS_FACTION)_": ["DEV_SOL_"],
    "DEVRIMCI_SOL_(KARATAS_FACTION)_": ["DEVRIMCI_SOL_"],
    "FRANCS_TIREURS_(MAVERICKS)_": ["FRANCS_TIREURS_"],
    "JAISH-E-MOHAMMAD_(MUHAMMED)_": ["JAISH-E-MUHAMMED_"],
    "SAM_MELVILLE/JONATHAN_JACKSON_GROUP_": ["SAM_MELVILLE-JONATHAN_JACKSON_GROUP_"],
    "AUM_SHINRIKYO_/_ALEPH_": ["AUM_SHINRIKYO_"],
    "ORDER,_THE_": ["THE_ORDER_"],
    "ANARCHISTS,_THE_": ["THE_ANARCHISTS_"],
    "UP_THE_IRS,_INC._": ["UP_THE_IRS_INC_"],
    "MASADA,_ACTION_AND_DEFENSE_MOVEMENT_": ["MASADA_ACTION_AND_DEFENSE_MOVEMENT_"],
    "RESISTANCE,_LIBERATION_AND_INDEPENDENCE_ORGANIZATION":
        ["RESISTANCE_LIBERATION_AND_INDEPENDENCE_ORGANIZATION"],
    "SOUTHERN_SUDAN_INDEPENDENCE_MOVEMENT/ARMY": ["SOUTHERN_SUDAN_INDEPENDENCE_MOVEMENT_ARMY"],
    "SSIM/A": ["SSIM/A"],
    "ALL_TRIPURA_TRIBAL_FORCE_": ["ALL_TRIPURA_TRIBAL_FORCE_"],
    "FREEDOM_PARY_OF_AFGHANISTAN_": ["FREEDOM_PARTY_OF_AFGHANISTAN_"],
    "UNITED_NASIRITE_ORGANIZAITON_": ["UNITED_NASIRITE_ORGANIZATION_"],
    "NUCLEUS_OF_THE_PROLETARIAN_REVOLUTIONARY_INITIAITVE_":
        ["NUCLEUS_OF_THE_PROLETARIAN_REVOLUTIONARY_INITIATIVE_"],
    "ANTI-IMPERILIST_TERRITORIAL_NUCLEI_(NTA)_": ["ANTI-IMPERIALIST_TERRITORIAL_NUCLEI_(NTA)_"],
    "39649_": [],
    "ULSTER_DEFENCE_ASSOCIATION/ULSTER_FREEDOM_FIGHTERS_":
        ["ULSTER_DEFENCE_ASSOCIATION_", "ULSTER_FREEDOM_FIGHTERS_"],
    "NEW_RED_BRIGADES/COMMUNIST_COMBATANT_PARTY_":
        ["NEW_RED_BRIGADES_", "COMMUNIST_COMBATANT_PARTY_"],
    "POPULAR_FRONT_FOR_THE_LIBERATION_OF_PALESTINE_--_GENERAL_COMMAND":
        ["POPULAR_FRONT_FOR_THE_LIBERATION_OF_PALESTINE-GENERAL_COMMAND"],
    "SIPAH-E-SAHABA/PAKISTAN_": ["SIPAH-E-SAHABA_PAKISTAN_", "SIPAH-E-SAHABA_"],
    "MILLAT-E-ISLAMIA/PAKISTAN_": ["MILLAT-E-ISLAMIA_PAKISTAN_"],
    "HARAKAT_UL-JIHAD-I-ISLAMI/BANGLADESH": ["HARAKAT_UL-JIHAD-I-ISLAMI_BANGLADESH"],
    "BLACK_PANTHERS_(WEST_BANK/GAZA)_": ["BLACK_PANTHERS_(WEST_BANK-GAZA)_"],
}

# Parenthesised words that disambiguate by country rather than abbreviate.
PAREN_COUNTRIES = {"GREECE", "COLOMBIA", "EL SALVADOR", "BOLIVIA", "ARGENTINA", "PHILIPPINES",
                   "VENEZUELA", "WEST BANK-GAZA", "SOUTH AFRICA", "UZBEKISTAN", "OMAR AL-MUKHTAR"}

# Tokens written in capitals in canonical names (acronyms); others are title-cased.
ACRONYMS = {
    "ETA", "UNITA", "ZANU", "AUC", "KLA", "ELN", "FARC", "EP", "FMLN", "FDR", "UDA", "RUF", "PUK",
    "PLO", "PFLP", "GC", "JKLF", "IJU", "UANF", "PULF", "PREPAK", "ANYOLP", "KADEK", "ARGK",
    "GRAPO", "EPB", "CAMO", "IBDA", "AIAI", "FREPASO", "CPI", "EZLN", "SSIM", "IRA", "RIRA", "EPA",
    "TIKKO", "IRS", "HPG", "PKK", "FLNC", "DHKP", "TKP", "ML", "TKEP", "MS", "RO", "OPR", "CJM",
    "FN", "FBL", "FPS", "ELN-B", "FPMR", "FMLN-FDR", "TPLP", "HSM", "JTMM", "RKK", "KHK", "KGK",
    "MNLF", "MLF", "II", "SS", "RPLP", "CPN", "MCC", "MCCI", "ATTF", "MDJT", "MDJC", "MILF", "MEK",
    "LTTE", "GAM", "JI", "ISA", "EIJ", "JUM", "KNU", "AAIA", "IAA", "IAAA", "ALF", "NTA", "NAA",
    "ERG", "HUM", "HM", "INLA", "CRF", "PLA", "PRA", "PIRA", "JBC", "JEM", "JRA", "KKK", "LEJ",
    "LJ", "LET", "LT", "LVF", "MQM", "DFLP", "PDFLP", "ELF", "CIRA", "ICAC", "ANA",
    "ANVC", "ARB", "ATAG", "AUV", "BCF", "BNCT", "CAR", "DKBA", "EPLA", "FARP", "FPC", "IPFA",
    "IFSA", "CPI-ML", "UFF", "RN", "N17", "FPMR-D", "CNPZ", "EGTK", "MRTA", "M", "UPDF",
    "NSCN", "ULFA", "FDLR", "SPLA", "SPLM", "TNLA", "FLEC", "ELA", "CPN-M", "MNLF", "RPLP/F",
    "TPLP-F", "IBDA-C", "PFLP-GC", "CJM-23", "RO-N17", "OPR-33", "MS-13", "FARC-EP", "L-23S",
}

SMALL_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "against",
    "de", "del", "la", "las", "los", "el", "y", "en", "por", "para", "du", "des", "le", "les",
    "et", "pour", "di", "il", "lo", "contro",
    "al", "ad", "as", "ash", "at", "az", "ar", "adh", "an", "wa", "fi", "li", "bin", "ibn", "bi",
    "ul", "ut", "ud", "us", "e", "i", "u", "ye", "ti", "ta",
}


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s


def norm(phrase: str) -> str:
    """Matching key: case, diacritics, hyphens, apostrophes and a leading 'the' ignored."""
    p = phrase[1:] if phrase.startswith("=") else phrase
    p = unicodedata.normalize("NFKD", p)
    p = "".join(c for c in p if not unicodedata.combining(c)).lower()
    p = p.replace("’", "'")
    p = re.sub(r"[-_/]", " ", p)
    p = re.sub(r"[.'\"(),]", "", p)
    p = re.sub(r"\s+", " ", p).strip()
    if p.startswith("the "):
        p = p[4:]
    return p


def match_key(phrase: str) -> str:
    """How the matcher compares phrases (data/FORMATS.md): case, diacritics, hyphens and curly
    quotes ignored; apostrophes and dots kept. Used to drop exact duplicates within a group."""
    p = unicodedata.normalize("NFKD", phrase)
    p = "".join(c for c in p if not unicodedata.combining(c))
    p = p.replace("’", "'").replace("-", " ")
    p = re.sub(r"\s+", " ", p).strip()
    return p if p.startswith("=") else p.lower()


def title_word(word: str, first: bool) -> str:
    """Title-case one space-separated word (which may hold hyphens, slashes, apostrophes)."""
    if not word:
        return word
    if word.startswith("(") and len(word) > 1:
        return "(" + title_word(word[1:], True)
    if word.endswith(")") and len(word) > 1:
        return title_word(word[:-1], first) + ")"
    if "/" in word:
        return "/".join(title_word(w, first and i == 0) for i, w in enumerate(word.split("/")))
    if word in ACRONYMS:
        return word
    parts = word.split("-")
    out = []
    for i, part in enumerate(parts):
        low = part.lower()
        if part in ACRONYMS:
            out.append(part)
        elif re.fullmatch(r"\d+(ST|ND|RD|TH|S)", part):
            out.append(low)
        elif re.search(r"\d", part):
            out.append(part)
        elif part and not re.search(r"[AEIOUY]", part) and len(part) <= 5 and part.isalpha():
            out.append(part)  # no vowel: an acronym (PKK, DHKP, FLNC)
        elif low in SMALL_WORDS and not (first and i == 0):
            out.append(low)
        else:
            # capitalise the first letter; keep letters after an apostrophe lower (People's)
            out.append(low[:1].upper() + low[1:])
    return "-".join(out)


def title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(title_word(w, i == 0) for i, w in enumerate(words))


def clean_raw(raw: str) -> str:
    s = raw.strip().rstrip("_").replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def split_paren(text: str):
    """'ADEN ABYAN ISLAMIC ARMY (AAIA)' -> ('ADEN ABYAN ISLAMIC ARMY', ['AAIA'], [])."""
    acronyms, qualifiers = [], []
    for inner in re.findall(r"\(([^)]*)\)", text):
        inner = inner.strip()
        if inner in PAREN_COUNTRIES:
            qualifiers.append(inner)
        elif re.fullmatch(r"[A-Z][A-Z0-9\-/]{1,9}", inner):
            acronyms.append(inner)
        else:
            qualifiers.append(inner)
    base = re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()
    base = re.sub(r"\s+", " ", base)
    return base, acronyms, qualifiers


def letters(s: str) -> int:
    return sum(c.isalpha() for c in s)


class Entry:
    def __init__(self, raw_name: str, code: str, line: int, keds: bool):
        self.raw_name = raw_name
        self.code = code
        self.line = line
        self.keds = keds
        self.raw_aliases: list[str] = []
        self.date_from = ""
        self.date_until = ""


def parse(path: Path, report: list[str]) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    pending: Entry | None = None  # block-form entry waiting for its <TAB>[CODE] line
    keds = False
    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if raw.startswith("# KEDS Project"):
            keds = True
        line = re.sub(r"([A-Z])ACUTE#", r"\1", raw)   # C&oacute;rdoba written as COACUTE#RDOBA
        if raw.startswith(" #") or raw.startswith("\t#"):
            current = pending = None                  # an entry whose name was deleted
            continue
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            target = pending or current
            if target is None:
                report.append(f"line {lineno}: orphan alias {stripped} dropped")
                continue
            target.raw_aliases.append(stripped[1:])
            continue
        if stripped.startswith("["):
            m = re.match(r"\[([A-Z~]+)\s*([^\]]*)\]?", stripped)
            if pending is not None and m:
                pending.code = m.group(1)
                set_dates(pending, m.group(2))
                entries.append(pending)
                current, pending = pending, None
            continue
        m = re.match(r"(.*?)\s*\[([A-Z~]+)\s*([^\]]*)\]?\s*$", stripped)
        if m:
            e = Entry(m.group(1), m.group(2), lineno, keds)
            set_dates(e, m.group(3))
            entries.append(e)
            current, pending = e, None
        else:
            if pending is not None:
                report.append(f"line {lineno}: entry {pending.raw_name} had no code; dropped")
            pending = Entry(stripped, "", lineno, keds)
            current = None
    return entries


def set_dates(e: Entry, spec: str) -> None:
    spec = spec.strip()
    m = re.fullmatch(r"(\d{8})-(\d{8})", spec)
    if m:
        e.date_from = f"{m.group(1)[:4]}-{m.group(1)[4:6]}-{m.group(1)[6:]}"
        e.date_until = f"{m.group(2)[:4]}-{m.group(2)[4:6]}-{m.group(2)[6:]}"
    m = re.fullmatch(r"([<>])(\d{6})", spec)
    if m:
        yy = int(m.group(2)[:2])
        year = 1900 + yy if yy > 30 else 2000 + yy
        d = f"{year}-{m.group(2)[2:4]}-{m.group(2)[4:]}"
        if m.group(1) == ">":
            e.date_from = d
        else:
            e.date_until = d


def raw_variants(raw: str) -> list[str]:
    key = raw.strip()
    if key in ALIAS_FIX:
        return ALIAS_FIX[key]
    if key.rstrip("_") + "_" in ALIAS_FIX:
        return ALIAS_FIX[key.rstrip("_") + "_"]
    return [key]


def phrase_forms(raw: str):
    """-> (canonical text without acronym, [alias phrases]) for one raw name or alias."""
    out_aliases: list[str] = []
    canonical = None
    for variant in raw_variants(raw):
        text = clean_raw(variant)
        if not text:
            continue
        base, acronyms, qualifiers = split_paren(text)
        shown = base + "".join(f" ({q})" for q in qualifiers if q in PAREN_COUNTRIES)
        if canonical is None:
            canonical = shown
        out_aliases.append(base)
        for a in acronyms:
            out_aliases.append(("=" + a) if 2 <= letters(a) <= 4 else a)
    return canonical, out_aliases


def is_bad_alias(alias: str, why: list[str]) -> bool:
    key = norm(alias)
    if letters(key) <= 2:
        why.append("1-2 letters")
        return True
    if re.fullmatch(r"[\d\s]+", key) or re.fullmatch(
            r"(\d+(st|nd|rd|th)? (of )?)?(january|february|march|april|may|june|july|august|"
            r"september|october|november|december)( \d+(st|nd|rd|th)?)?", key):
        why.append("number or date")
        return True
    if key in PERSON_ALIASES:
        why.append("person")
        return True
    if key in GENERIC:
        why.append("generic")
        return True
    return False


def display_alias(alias: str) -> str:
    """Acronyms of 2-4 letters that stand alone ("+ELA") get the `=` of parenthesised ones."""
    if alias.startswith("="):
        return alias
    if alias in ACRONYMS and " " not in alias and 2 <= letters(alias) <= 4:
        return "=" + alias
    return title_case(alias)


def load_other_rows(out: Path) -> list[list[str]]:
    rows = []
    if not out.exists():
        return rows
    header_seen = False
    for line in out.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells == COLUMNS:
                continue
        if len(cells) != len(COLUMNS):
            sys.exit(f"{out}: row with {len(cells)} columns: {line[:80]}")
        if cells[9] != SOURCE_TAG:
            rows.append(cells)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--report", action="store_true", help="print what was dropped and why")
    args = ap.parse_args()

    global GENERIC
    GENERIC = {norm(g) for g in GENERIC}
    report: list[str] = []
    entries = parse(args.src, report)
    hand_rows = load_other_rows(args.out)
    hand_keys = {}
    for r in hand_rows:
        for a in r[8].split("|"):
            if a:
                hand_keys.setdefault(norm(a), r[0])

    groups: dict[str, dict] = {}
    order: list[str] = []
    for e in entries:
        canonical, aliases = phrase_forms(e.raw_name)
        if canonical is None:
            continue
        raw_slug = slug(canonical)
        if e.keds and raw_slug not in KEDS_KEEP:
            report.append(f"line {e.line}: KEDS individual {e.raw_name.strip('_')} dropped")
            continue
        if raw_slug in DROP_ENTRIES:
            report.append(f"line {e.line}: entry {e.raw_name} dropped (person, joke or generic)")
            continue
        if raw_slug in SUPERSEDED or norm(canonical) in hand_keys:
            report.append(f"line {e.line}: {canonical} superseded by hand row "
                          f"{hand_keys.get(norm(canonical), '(listed)')}")
            continue
        gid = MERGE_INTO.get(raw_slug, slug(canonical))
        if gid in SUPERSEDED:
            report.append(f"line {e.line}: {canonical} superseded (merged into {gid})")
            continue
        for ra in e.raw_aliases:
            _, more = phrase_forms(ra)
            aliases.extend(more)
        code = e.code.lstrip("~")
        if gid not in groups:
            groups[gid] = {"name": canonical, "code": code, "aliases": [], "from": e.date_from,
                           "until": e.date_until, "line": e.line}
            order.append(gid)
        g = groups[gid]
        if raw_slug == gid:
            g["name"] = canonical   # a merged group keeps its own entry's name
        if g["code"][:3] in REGION_CODES and code[:3] not in REGION_CODES:
            g["code"] = code
        g["aliases"].extend(aliases)

    # alias ownership across converted groups: an alias two groups claim stays with the group
    # whose name it is, else it is dropped.
    claims: dict[str, set[str]] = {}
    for gid, g in groups.items():
        for a in g["aliases"]:
            claims.setdefault(norm(a), set()).add(gid)

    rows = []
    for gid in order:
        g = groups[gid]
        name = title_case(g["name"])
        kept: list[str] = []
        seen: dict[str, int] = {}
        for a in [g["name"]] + g["aliases"]:
            key = norm(a)
            why: list[str] = []
            if not key:
                continue
            mkey = match_key(display_alias(a)).lstrip("=").lower()
            if mkey in seen:
                i = seen[mkey]
                if i >= 0 and kept[i].startswith("=") and not display_alias(a).startswith("="):
                    kept[i] = display_alias(a)   # a plain form beats a case-sensitive one
                continue
            seen[mkey] = -1
            owners = claims.get(key, {gid})
            if len(owners) > 1:
                named_by = [o for o in owners if norm(groups[o]["name"]) == key]
                if (named_by and named_by[0] != gid) or not named_by:
                    report.append(f"{gid}: alias {a!r} dropped (also claimed by "
                                  f"{', '.join(sorted(owners - {gid}))})")
                    continue
            if key in hand_keys:
                report.append(f"{gid}: alias {a!r} dropped (hand row {hand_keys[key]} uses it)")
                continue
            if is_bad_alias(a, why):
                report.append(f"{gid}: alias {a!r} dropped ({why[0]})")
                continue
            seen[mkey] = len(kept)
            kept.append(display_alias(a))
        if not kept:
            report.append(f"{gid}: no usable alias left; group dropped")
            continue
        code = g["code"]
        cc3 = code[3:6] if code.startswith("IMG") else code[:3]
        country = "" if cc3 in REGION_CODES else ISO3_TO_ISO2.get(cc3, "")
        if cc3 not in REGION_CODES and cc3 not in ISO3_TO_ISO2 and not code.startswith("IMG"):
            report.append(f"{gid}: code {code}: no country")
        if gid in COUNTRY_FIX:
            country = COUNTRY_FIX[gid]
        inter = str(INTER_FIX.get(gid, 2))
        date_from, date_until = DATE_FIX.get(gid, (g["from"], g["until"]))
        rows.append([gid, name, "group", inter, country, "", date_from, date_until,
                     "|".join(kept), SOURCE_TAG])

    ids = {r[0] for r in rows}
    for r in hand_rows:
        if r[0] in ids:
            sys.exit(f"hand row id {r[0]} collides with a converted row: add it to SUPERSEDED")

    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
        f.write("# --- hand-written rows (source sitrep) ---\n")
        for r in hand_rows:
            f.write("\t".join(r) + "\n")
    print(f"{args.out}: {len(rows)} converted rows, {len(hand_rows)} other rows kept",
          file=sys.stderr)
    if args.report:
        print("\n".join(report))


if __name__ == "__main__":
    main()
