/* A code table whose only mistake is its first name (test-generators). */
WSMSG_CODE("ws_e_first", 0x803D0001u, "A name in lower case.")
WSMSG_CODE("WS_E_SECOND", 0x803D0002u, "A good name.")
