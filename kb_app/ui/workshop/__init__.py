"""Workshop mode: the scenario large, the laboratory around it, the groups' answers, the stage
timer, preparing the printable kit."""
