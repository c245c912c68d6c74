from attrlint.offsets import LineIndex, OffsetMap, TextBuilder


def test_identity_map_round_trips():
    m = OffsetMap.identity(10)
    assert m.span_to_source(2, 5) == (2, 5)


def test_entity_maps_as_a_whole_and_synthetic_text_snaps_to_neighbours():
    src = "<p>A &amp; B</p><p>C</p>"
    b = TextBuilder()
    b.add("A ", 3)
    b.add("&", 5, 10)
    b.add(" B", 10)
    b.add_synthetic("\n\n")
    b.add("C", 19)
    text, m = b.build()
    assert text == "A & B\n\nC"
    assert m.span_to_source(2, 3) == (5, 10)
    assert src[slice(*m.span_to_source(0, 5))] == "A &amp; B"
    # a span that starts in the synthetic break begins at the next real character
    assert m.to_source(6) == 19
    assert m.to_source(5, is_end=True) == 12


def test_line_index_counts_characters_not_bytes():
    src = "héllo\r\nwörld\n"
    idx = LineIndex(src)
    assert idx.line_col(0) == (1, 1)
    assert idx.line_col(src.index("w")) == (2, 1)
    assert idx.line_col(src.index("r")) == (2, 3)
