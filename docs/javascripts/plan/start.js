/* Last of the planner's scripts: start the page's part now that every file has added its own. */
HandbokPlan.start();
