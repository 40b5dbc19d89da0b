"""Workshop mode: the scenario, the laboratory, the groups' answers, the timer, the kit."""
