package org.quotetrail.bench;

import java.util.List;

/**
 * The invented words the generator builds articles from: names, places, organisations, outlets,
 * roles and subjects. Every entry is made up for quotetrail; none names a real person or outlet.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A given name and the pronoun an article uses for its bearer. */
  record GivenName(String name, String pronoun) {}

  static final List<GivenName> GIVEN_NAMES =
      List.of(
          new GivenName("Aled", "he"), new GivenName("Bronwen", "she"), new GivenName("Cormac", "he"),
          new GivenName("Delphine", "she"), new GivenName("Eamon", "he"), new GivenName("Farah", "she"),
          new GivenName("Gideon", "he"), new GivenName("Hester", "she"), new GivenName("Idris", "he"),
          new GivenName("Jocasta", "she"), new GivenName("Kwabena", "he"), new GivenName("Lowenna", "she"),
          new GivenName("Mattias", "he"), new GivenName("Niamh", "she"), new GivenName("Osric", "he"),
          new GivenName("Perpetua", "she"), new GivenName("Quentin", "he"), new GivenName("Rosalind", "she"),
          new GivenName("Sorley", "he"), new GivenName("Tamsin", "she"), new GivenName("Ulric", "he"),
          new GivenName("Verity", "she"), new GivenName("Wilfred", "he"), new GivenName("Xanthe", "she"),
          new GivenName("Yusuf", "he"), new GivenName("Zinnia", "she"), new GivenName("Ash", "they"),
          new GivenName("Rowan", "they"), new GivenName("Kit", "they"), new GivenName("Ottoline", "she"),
          new GivenName("Barnaby", "he"), new GivenName("Clemency", "she"), new GivenName("Dashiell", "he"),
          new GivenName("Elowen", "she"), new GivenName("Florian", "he"), new GivenName("Grainne", "she"));

  static final List<String> SURNAMES =
      List.of(
          "Abernethy", "Blackwood", "Carrow", "Dunmore", "Elphick", "Fennimore", "Garside", "Halloran",
          "Inchbald", "Jessop", "Kilbride", "Lanyon", "Maddox", "Nuttall", "Ormerod", "Pendragon",
          "Quilliam", "Rathbone", "Scorer", "Trevelyan", "Underhill", "Varley", "Wetherall", "Yardley",
          "Ashcombe", "Brackenbury", "Cheverton", "Dallimore", "Eversleigh", "Fairweather", "Gilchrist",
          "Hobday", "Ingleby", "Jolliffe", "Kettlewell", "Loveridge", "Merriman", "Nethercott", "Okafor",
          "Penberthy", "Ravenhill", "Sowerby", "Tregarthen", "Umfreville", "Villiers-Stone", "Whitlock",
          "Achebe-Hart", "Bellweather", "Castellano", "Drummond-Kaye");

  static final List<String> PLACES =
      List.of(
          "Ashbrook", "Brimley", "Caddon Vale", "Dunsford", "Eastwick Sands", "Fallowfield Cross",
          "Greyhaven", "Holloway Bridge", "Ivybeck", "Kestrel Bay", "Larkhill Down", "Marlow Heath",
          "Northmere", "Oakensett", "Pelham Quay", "Rushmere", "Saltcombe", "Thornbury Edge",
          "Upper Wyke", "Wendlebury");

  /** Kinds of organisation; the generator puts a place in front ("Saltcombe Town Council"). */
  static final List<String> ORGANISATION_KINDS =
      List.of(
          "Town Council", "District Council", "Residents Association", "Chamber of Commerce",
          "Health Trust", "Rail Users Group", "Community Land Trust", "Wildlife Trust",
          "Teachers Union", "Fire and Rescue Service", "Harbour Board", "Cycling Campaign",
          "Business Forum", "Housing Cooperative", "Tenants Federation", "Flood Action Group");

  static final List<String> OUTLETS =
      List.of(
          "The Saltcombe Sentinel", "Northmere Evening Echo", "Kestrel Bay Chronicle", "The Vale Messenger",
          "Greyhaven Gazette", "The Wendlebury Post", "Dunsford Record", "Pelham Quay Observer",
          "The Borders Ledger", "Marlow Heath Mercury", "The County Lantern", "Eastwick Clarion");

  static final List<String> ROLES =
      List.of(
          "chair", "chief executive", "spokesperson", "director", "leader", "secretary", "treasurer",
          "head of policy", "founder", "deputy leader", "campaign coordinator", "press officer");

  /** What an article is about: the noun phrase its statements and clauses talk about. */
  static final List<String> SUBJECTS =
      List.of(
          "the new bypass", "the library closures", "the hospital merger", "the flood defences",
          "the bus fare rise", "the harbour redevelopment", "the school rebuild", "the parking charges",
          "the wind farm application", "the market hall sale", "the cycle lane scheme",
          "the leisure centre plan", "the sewage outfall", "the housing allocation", "the night-time curfew",
          "the rail timetable changes");

  static final List<String> SAID = List.of("said", "added", "warned", "insisted", "argued", "explained");

  static final List<String> TOLD = List.of("told reporters", "told a public meeting", "told councillors");

  static final List<String> DAYS =
      List.of("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend", "last week");

  static final List<String> MONTHS =
      List.of(
          "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December");

  /** Words a writer puts in scare quotes: they are not quotations. */
  static final List<String> SCARE_WORDS =
      List.of("regeneration", "efficiency savings", "consultation", "listening exercise", "modernisation");
}
