/* A good code table whose names start and end the range of letters and
 * digits a name may have (test-generators). */
WSMSG_CODE("A_FIRST_0", 0x803D0001u, "A name that starts with A.")
WSMSG_CODE("Z_LAST_9", 0x803D0002u, "A name that starts with Z.")
WSMSG_CODE("AZ09_", 0x803D0003u, "A name of each edge.")
/* Each of C's trigraphs, which a compiler in ISO mode would replace
 * unless the generator escapes the question marks. */
WSMSG_CODE("QUESTION_MARKS", 0x803D0004u, "Not trigraphs: ?\?= ?\?( ?\?/ ?\?) ?\?' ?\?< ?\?! ?\?> ?\?-.")
