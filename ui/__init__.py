"""The page's Streamlit pieces: view state (URL <-> filters, session keys), sidebar, map and timeline
panels, evidence and editing, adding articles and imports, exports. The only code besides app.py that
imports streamlit; may import timeline and geodata, never the other way round."""
