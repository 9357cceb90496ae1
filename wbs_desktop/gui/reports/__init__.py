"""Reports: the dashboard and its charts, the report and mark actions, the printed register."""
