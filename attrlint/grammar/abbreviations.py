"""Short words that take a full stop without ending a sentence ("etc.", "Gov.", "Jan."):
the rules that read sentence ends pass over them."""
from __future__ import annotations

#: words before a full stop that abbreviate, after which a lower-case word is no new sentence
ABBREVIATIONS = {
    "vs", "etc", "approx", "incl", "est", "min", "max", "no", "nos", "pp", "ca", "cf", "al", "fig", "ed", "eds",
    "jr", "sr", "st", "dept", "gov", "govt", "corp", "inc", "co", "ltd", "mr", "mrs", "ms", "dr", "prof", "gen",
    "col", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
    "ft", "vol", "op", "viz", "ie", "eg", "am", "pm", "lt", "sgt", "capt", "cmdr", "maj", "adm", "pres", "ave",
    "blvd", "rd", "hon", "rev", "mins", "hrs", "yrs", "sq", "km", "kg", "lb", "lbs", "oz", "pt", "ch", "art",
    "para", "sec", "cit", "ibid", "resp", "ret", "mph", "tel", "ext", "dist", "esp", "div", "bros",
}
