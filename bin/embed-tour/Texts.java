final class Texts {
  static final String ORIGINAL = """
      Harbour town opens new ferry terminal after six years of delays

      The council of Westhaven opened its long-awaited ferry terminal on Tuesday, six years after the first
      stone was laid and at almost twice the cost first promised to residents. Mayor Ilse Brandt cut the
      ribbon in front of a crowd of about 400 people, many of whom had waited since early morning.

      "This building is a promise kept, even if it was kept late," Brandt told the crowd, adding that the
      terminal would carry 1.2 million passengers a year once the second berth opens next spring.

      The project ran into trouble in 2021 when the original contractor went bankrupt, leaving a half-built
      hall and a flooded car park. A second firm, Nordkai Construction, took over the work in 2022 and
      rebuilt the foundations, which engineers had found too shallow for the harbour's soft clay.

      Local traders welcomed the opening. Fishmonger Tomas Reiter said the old wooden pier had driven
      visitors away for years, and that he expected his summer trade to double. Others were less kind:
      a residents' group pointed out that the final bill of 84 million euros would be paid off over thirty years.

      The first scheduled crossing to the island of Skarholm leaves at seven on Wednesday morning.
      """;

  /** The original under a site's header and footer, as a copying site would carry it. */
  static final String COPY = """
      THE COAST COURIER - your news from the shore
      Posted by staff

      """ + ORIGINAL + """

      Copyright The Coast Courier. Subscribe for more local news.
      """;

  static final String PARTIAL = """
      Island residents divided over new ferry timetable

      Residents of Skarholm met on Thursday to discuss the timetable of the new ferry service, which many
      say leaves too early for commuters and too late for school children. The island's school head, Greta
      Lund, said she would write to the operator before the summer holidays end.

      "This building is a promise kept, even if it was kept late," Brandt told the crowd, adding that the
      terminal would carry 1.2 million passengers a year once the second berth opens next spring.

      The operator said the timetable would be reviewed after the first three months of service, and that
      an evening crossing could be added if enough passengers asked for it. Fares stay unchanged until June.
      """;

  static final String UNRELATED = """
      Orchestra announces winter season with three premieres

      The city orchestra announced its winter programme on Monday, with three new works by young composers
      and a closing concert of Mahler's second symphony. Tickets go on sale next week, and students pay half.
      The conductor said the hall's new acoustic panels would be tested at the first rehearsal in October.
      """;
}
