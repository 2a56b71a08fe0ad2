/* A code table with every mistake gen-catalog must refuse (test-generators). */
WSMSG_CODE("WS_E_FIRST", 0x803D0001u, "A first value.")
WSMSG_CODE("WS_E_FIRST", 0x803D0002u, "The same name again.")
WSMSG_CODE("WS_E_SAME_VALUE", 0x803D0001u, "The first value again.")
WSMSG_CODE("ws_e_lower_case", 0x803D0003u, "A name in lower case.")
WSMSG_CODE("WS_E_BAD-NAME", 0x803D0004u, "A name with a hyphen.")
