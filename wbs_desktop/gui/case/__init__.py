"""The cases: the table and its filters, one case's detail and timeline, actions, intake."""
