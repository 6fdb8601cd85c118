"""Every parameter of every algorithm says what it is for (the dialog's tooltip, qgis_process help)."""


def test_every_parameter_has_help(provider):
    missing = [f"{a.id()}:{p.name()}" for a in provider.algorithms() for p in a.parameterDefinitions()
               if not p.help()]
    assert missing == []


def test_help_reaches_the_tooltip(provider):
    algorithm = provider.algorithm("compareperiods")
    tooltip = algorithm.parameterDefinition("OPERATION").toolTip()
    assert "selected on the map" in tooltip
