"""The workshop laboratory: the printable kit, the cooperation map, the groups' sessions."""
