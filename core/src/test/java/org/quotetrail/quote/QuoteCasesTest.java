package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotetrail.Extractor;
import org.quotetrail.QuotationAssertions;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;

/**
 * A table of one-paragraph cases, each the hard case it names, on our own short texts. Columns: the
 * article body (after a headline line; '|' separates paragraphs), then the expected quotations as
 * "kind:speaker:text" joined by ' ; ' (empty for none).
 */
class QuoteCasesTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      straight quote, speaker after     # "The bridge will reopen in May," Dana Whitlock said.  # direct:Dana Whitlock:The bridge will reopen in May,
      curly quote, inverted cue         # \u201cWe were never consulted,\u201d said Marta Quince.  # direct:Marta Quince:We were never consulted,
      speaker before with colon         # Dana Whitlock told reporters: "The plan is final and it is fair." # direct:Dana Whitlock:The plan is final and it is fair.
      single marks inside double        # "Calling it a 'tidy-up' is absurd," said Marta Quince.  # direct:Marta Quince:Calling it a 'tidy-up' is absurd,
      apposition before the cue         # Dana Whitlock, the chair of the harbour board, wrote: "We will look again at the plan." # direct:Dana Whitlock:We will look again at the plan.
      role apposition before the name   # The chair of the harbour board, Dana Whitlock, wrote: "We will look again at the plan." # direct:Dana Whitlock:We will look again at the plan.
      pronoun after full name           # Dana Whitlock spoke at the hall. "We have listened to everyone," she said.  # direct:Dana Whitlock:We have listened to everyone,
      surname alone resolves to full    # Dana Whitlock chairs the council. "It is done," Whitlock said.  # direct:Dana Whitlock:It is done,
      nominal speaker of organisation   # "The figures are wrong," a spokesperson for Harbour Watch said.  # direct:Harbour Watch:The figures are wrong,
      partial quote in reported speech  # Dana Whitlock said the group should "think again" about its tactics.  # mixed:Dana Whitlock:the group should "think again" about its tactics
      indirect with that                # Marta Quince said that the council had ignored the petition.  # indirect:Marta Quince:the council had ignored the petition
      according to                      # According to Marta Quince, the council had ignored the petition.  # indirect:Marta Quince:the council had ignored the petition
      according to after an opener      # In addition, according to Marta Quince, the council had ignored the petition.  # indirect:Marta Quince:the council had ignored the petition
      according to after a colon        # It went unnoticed: according to Marta Quince, the council had ignored the petition.  # indirect:Marta Quince:the council had ignored the petition
      according to in brackets          # The vote was close. (According to Marta Quince, the council had ignored the petition.)  # indirect:Marta Quince:the council had ignored the petition
      according to after a dashed aside # Half the fees are unpaid — or lost — according to Marta Quince.  # indirect:Marta Quince:Half the fees are unpaid — or lost
      closing attribution               # The council had ignored the petition, Marta Quince said.  # indirect:Marta Quince:The council had ignored the petition
      scare quotes are not quotes       # The scheme has been called 'gentrification' by some residents.  #
      quoted letter is not a quote      # The campaign put a big 'H' on its banners.  #
      title is not a quote              # The council published "The Harbour Plan" last week.  #
      continuation paragraph            # "We will appeal," said Marta Quince.|"And we will win." # direct:Marta Quince:We will appeal, ; direct:Marta Quince:And we will win.
      split quote                       # Marta Quince was defiant. "We will appeal," she said. "And we will win."  # direct:Marta Quince:We will appeal, And we will win.
      multi-paragraph quote             # Marta Quince said:|"We will appeal.|"And we will win." # direct:Marta Quince:We will appeal.|"And we will win.
      ellipsis                          # "We will fight on\u2026 whatever it takes," said Marta Quince.  # direct:Marta Quince:We will fight on\u2026 whatever it takes,
      split by a whole attribution      # "We will appeal," Marta Quince said on Monday. "And we will win."  # direct:Marta Quince:We will appeal, And we will win.
      split after a titled name         # "We will appeal," Ms. Quince told the meeting. "And we will win."  # direct:Quince:We will appeal, And we will win.
      split around a stance             # "We will appeal," Marta Quince said as she signed the petition. "And we will win."  # direct:Marta Quince:We will appeal, And we will win.
      next sentence's cue after a quote # "We will appeal," Marta Quince said. "And we will win." Perhaps, Dana Whitlock said, the vote was rushed.  # direct:Marta Quince:We will appeal, And we will win. ; indirect:Dana Whitlock:the vote was rushed
      closing attribution after a mark  # The harbour plan was "a disaster," Dana Whitlock said.  # mixed:Dana Whitlock:The harbour plan was "a disaster,"
      closing attribution after a place # His backing matters more than his clout in Callow, said Ada Brink.  # indirect:Ada Brink:His backing matters more than his clout in Callow
      role and name after the verb      # The dredging can start in May, said harbour strategist Ada Brink.  # indirect:Ada Brink:The dredging can start in May
      name fenced after the verb's role # Dana Whitlock spoke first. The ferry is under pressure, said the company's chief executive, Tom Vell.  # indirect:Tom Vell:The ferry is under pressure
      aside in dashes before the verb   # The harbour master -- who has been in a dispute with the ferry company -- said the quay was unsafe.  # indirect:null:the quay was unsafe
      described name, day, then that    # Westshire's governor, Ada Brink, a Liberal, said Tuesday that she had voted for the plan.  # indirect:Ada Brink:she had voted for the plan
      quote in an aside before the verb # Ada Brink, calling the plan "a bold step," said the council would vote on Monday.  # partial:Ada Brink:a bold step, ; indirect:Ada Brink:the council would vote on Monday
      spokesperson of a named possessor # The Callow Borough Council met on Monday. Tom Vell of Quayside Ferries spoke. "The fee is final," the council's spokesperson said.  # direct:Callow Borough Council:The fee is final,
      spokesperson of an unnamed one    # Tom Vell of the Quayside Ferry Company spoke. The Quayside Ferry Company has run the crossing since 1990. "The fee is final," the council's spokesperson said.  # direct:null:The fee is final,
      name, then where they are from    # Rep. Alan Briggs of Texas said the fee was fair.|"Let's see the documents," Briggs added.  # indirect:Alan Briggs:the fee was fair ; direct:Alan Briggs:Let's see the documents,
      time between subject and verb     # Sen. Maria Delgado on Wednesday accused the agency of stonewalling Congress.  # indirect:Maria Delgado:the agency of stonewalling Congress
      party and state between commas    # Sen. Joan Pike, R-Kan., told Fox News that the senator was grandstanding.  # indirect:Joan Pike:the senator was grandstanding
      adverb long before the verb       # Maria Delgado has long argued that the dredging program wastes money.  # indirect:Maria Delgado:the dredging program wastes money
      official of an unnamed council    # Ada Brink told the Gazette that she had not seen it.|A senior council official, speaking on condition of anonymity, said the price had doubled.  # indirect:Ada Brink:she had not seen it ; indirect:null:the price had doubled
      aside opening the reported clause # Dana Whitlock said, if elected, she would ask the board to resign.  # indirect:Dana Whitlock:if elected, she would ask the board to resign
      adverbial fenced before the verb  # Supporters of the bridge, on the other hand, argued that the ruling will help the port.  # indirect:null:the ruling will help the port
      two-word title before the name    # Vice President Dana Whitlock said the bridge would reopen.  # indirect:Dana Whitlock:the bridge would reopen
      verb as a noun in a source phrase # According to the officer in charge of the base, the scene in the film is untrue.  # indirect:null:the scene in the film is untrue
      closing attribution, then where   # Her support has shifted to Lee, Tom Vell said during his speech to the delegates.  # indirect:Tom Vell:Her support has shifted to Lee
      role named after it, then she     # Harbour Watch has accused the council of breaking its promise.|The council's leader, Ruth Okafor, rejected the claim. She told the Gazette the grant had been paused.  # indirect:Harbour Watch:the council of breaking its promise ; indirect:Ruth Okafor:the grant had been paused
      the charity after its apposition  # Harbour Watch, the charity that runs the survey, has accused the council of delay.|In a statement, the charity said the council had dropped the grant.  # indirect:Harbour Watch:the council of delay ; indirect:Harbour Watch:the council had dropped the grant
      office before the title and name  # House Minority Leader Karen Voss warned that the state could not afford the pier.|Voss said the vote would be close.  # indirect:Karen Voss:the state could not afford the pier ; indirect:Karen Voss:the vote would be close
      name of a place after the verb    # "She walked away," said Sen. Paul Kent of Maine, a Democrat.  # direct:Paul Kent:She walked away,
      analysts are not the last person  # Paul Kent said the talks had failed.|The collapse is a setback for the harbour board, analysts said.  # indirect:Paul Kent:the talks had failed ; indirect:null:The collapse is a setback for the harbour board
      clause, then adding a quote       # Tom Vell said he would ask the auditors to appear before the council, adding: "Residents deserve to know."  # indirect:Tom Vell:he would ask the auditors to appear before the council ; direct:Tom Vell:Residents deserve to know.
      doubled apostrophes as the marks  # Dana Whitlock said that the harbour plan had been ''misjudged from the start.''  # mixed:Dana Whitlock:the harbour plan had been ''misjudged from the start.''
      quoted sentence end with no cue   # The audit was blunt. Some 40 percent of the boat owners \u201ckept no insurance at all.\u201d  # direct:null:kept no insurance at all.
      doubled marks, then where it was  # ''We will appeal,'' Dana Whitlock said aboard the ferry on Monday as it crossed the estuary.  # direct:Dana Whitlock:We will appeal,
      belief after an auxiliary         # Dana Whitlock did support the idea of a harbour tax on Thursday.  # belief:Dana Whitlock:the idea of a harbour tax on Thursday
      belief after apposition and aux   # Ada Brink, a councillor, has supported the new sea wall.  # belief:Ada Brink:the new sea wall
      belief as a progressive           # Tom Vell is backing Dana Whitlock.  # belief:Tom Vell:Dana Whitlock
      belief in a fenced relative       # Tom Vell, who supports Ada Brink, lost his boat in the storm.  # belief:Tom Vell:Ada Brink
      relative clause ends at the verb  # Tom Vell, who said the fee was fair, lost his boat in the storm.  # indirect:Tom Vell:the fee was fair
      passive belief, no holder         # The harbour board is believed to favour a new sea wall.  # belief:null:The harbour board is believed to favour a new sea wall
      object of "commented on"          # Callow Harbour Board has not commented on the reason for closing the slipway.  # indirect:Callow Harbour Board:the reason for closing the slipway
      object of "responded to"          # Dana Whitlock responded to the council's letter on Friday.  # indirect:Dana Whitlock:the council's letter on Friday
      object of "joked about"           # Tom Vell joked about moving his boats to Gull Point.  # indirect:Tom Vell:moving his boats to Gull Point
      closed bracket before according   # The ferry beat the coaches in Callow and Westmarch (both by bus), according to a survey by the Gazette.  # indirect:Gazette:The ferry beat the coaches in Callow and Westmarch (both by bus)
      suffix stop before the verb       # Dana Whitlock Jr. said the ferry would run until May.  # indirect:Dana Whitlock Jr.:the ferry would run until May
      acronym stop before the verb      # The F.B.I. said it had found nothing in its files.  # indirect:F.B.I.:it had found nothing in its files
      contracted pronoun after a time   # Tom Vell has said for weeks he\u2019s the only candidate who can win.  # indirect:Tom Vell:he\u2019s the only candidate who can win
      contracted pronoun as subject     # Ada Brink spoke first. She\u2019s said the ferry will run until May.  # indirect:Ada Brink:the ferry will run until May
      closing "told" with a pronoun     # The ferry was free and would soon be running again, the mayor told her.  # indirect:null:The ferry was free and would soon be running again
      closing source after its kind     # The ferry often ran late in winter, the news site Harbour Watch reported.  # indirect:Harbour Watch:The ferry often ran late in winter
      closing attribution, then a dash  # The ferry will run late this year, the Gazette reported on Tuesday -- a blow to commuters.  # indirect:Gazette:The ferry will run late this year
      progressive after a contraction   # Ada Brink spoke first. She\u2019s predicting that the ferry will be sold by May.  # indirect:Ada Brink:the ferry will be sold by May
      negated auxiliary contracted      # Harbour board spokesman Tom Vell wouldn\u2019t say that the ferry had been sold.  # indirect:Tom Vell:the ferry had been sold
      negated contraction, object       # Tom Vell didn't respond to the letter sent by the council in March.  # indirect:Tom Vell:the letter sent by the council in March
      belief after a plural phrase      # Most fishermen support the ban on trawlers.  # belief:null:the ban on trawlers
      passive "seen as", no holder      # The new quay is widely seen as a test of the mayor's plans.  # belief:null:The new quay is widely seen as a test of the mayor's plans
      -s verb after an unnamed phrase   # Along with other allegations, the suit claims that Tom Vell misled the board.  # indirect:null:Tom Vell misled the board
      -s verb after a description       # The candidate claims his boat was never insured.  # indirect:null:his boat was never insured
      closing source, then a participle # Members of the Whitlock family soured on Tom Vell long ago, the Post reported, citing another source.  # indirect:Post:Members of the Whitlock family soured on Tom Vell long ago
      closing attribution with a year   # The ferry company effectively closed after the 2008 season, the Gazette reported in 2014.  # indirect:Gazette:The ferry company effectively closed after the 2008 season
      an amount after the verb          # The council said about half of the fees were unpaid.  # indirect:null:about half of the fees were unpaid
      as reported by                    # As reported by the Gazette, the ferry will stop in May.  # indirect:Gazette:the ferry will stop in May
      closing as first reported by      # The ferry will stop in May, as first reported by the Gazette.  # indirect:Gazette:The ferry will stop in May
      question put to the subject       # At a meeting in Callow, Dana Whitlock was asked whether the ferry would run in winter.  # indirect:null:whether the ferry would run in winter
      question put by a named asker     # Tom Vell was asked by a caller why the quay had closed.  # indirect:null:why the quay had closed
      two-word prepositional object     # Tom Vell did not respond to interview requests.  # indirect:Tom Vell:interview requests
      intensifier after the subject     # Dana Whitlock herself has maintained that the server was secure.  # indirect:Dana Whitlock:the server was secure
      cue in an opening when-clause     # When Dana Whitlock said the ferry fares were fair, the harbour board voted to raise them again.  # indirect:Dana Whitlock:the ferry fares were fair
      cue in an opening since-clause    # Ever since Tom Vell endorsed the quay plan this spring, the ferry has run half empty.  # indirect:Tom Vell:the quay plan this spring
      cue in an opening although-clause # Although Ada Brink claimed the sea wall would hold, two storms in March broke it in three places.  # indirect:Ada Brink:the sea wall would hold
      stance, then the source's next act # Ada Brink decried the state of the harbour and highlighted her plans to dredge the channel.  # stance:Ada Brink:the state of the harbour ; stance:Ada Brink:her plans to dredge the channel
      speech, then a stance of the same # Tom Vell praised the volunteers who rebuilt the slipway, and thanked the harbour board for its patience.  # indirect:Tom Vell:the volunteers who rebuilt the slipway ; stance:Tom Vell:the harbour board for its patience
      attribution inside its clause     # This ferry, Tom Vell says, is different from the old one.  # indirect:Tom Vell:This ferry is different from the old one
      telling inside the clause         # Fishing from the pier, Ada Brink told the council, can be hazardous for children.  # indirect:Ada Brink:Fishing from the pier can be hazardous for children
      time after an inner attribution   # The quay, the harbour master said on Tuesday, will reopen in May after repairs.  # indirect:null:The quay will reopen in May after repairs
      infinitive after an inner attribution # It is her job, Ada Brink said, to talk to the harbour board about the dredging.  # indirect:Ada Brink:It is her job to talk to the harbour board about the dredging
      belief participle after an act    # Ada Brink rejected a push by the harbour minister to close the quay, hoping to postpone any decision until after the elections.  # indirect:Ada Brink:a push by the harbour minister to close the quay ; belief:Ada Brink:to postpone any decision until after the elections
      belief participle after a comma   # Tom Vell spent the winter on the quay, hoping the ferry would return in spring.  # belief:Tom Vell:the ferry would return in spring
      coordinated belief after a report # Ada Brink rejected the quay plan and hoped the council would think again about the ferry.  # indirect:Ada Brink:the quay plan ; belief:Ada Brink:the council would think again about the ferry
      coordinated belief after an act   # Tom Vell sold his boat last year and now believes the harbour has no future.  # belief:Tom Vell:the harbour has no future
      said, a name, an apposition       # In a year when storms are battering the coast, fishermen have more reason to sell their boats, said Steve Grubb, an organiser for the Callow union.  # indirect:Steve Grubb:In a year when storms are battering the coast, fishermen have more reason to sell their boats
      said after a long fenced clause   # Even as the ferry moves to Dover, a town it hoped to serve daily, the timetable will be tight, said Dan Gerrow, director of the Callow Centre.  # indirect:Dan Gerrow:Even as the ferry moves to Dover, a town it hoped to serve daily, the timetable will be tight
      a time after a quote's cue        # \u201cWe will not sell the quay,\u201d Ada Brink said last week on Harbour Radio.  # direct:Ada Brink:We will not sell the quay,
      tentative particle, no verb       # The harbour festival got off to a rocky start on Monday, when a storm broke over the quay as the first boats came in.  #
      tentative number, no verb         # The trust, which has given $250,000 to the Callow lifeboat fund, was an early supporter of the campaign to rebuild the old sea wall.  #
      cue ending an opening clause      # After Ada Brink testified, the harbour board closed the quay for a week.  #
      a phrase, then a pronoun's clause # Tom Vell said in politics it takes time to build trust with the fishermen.  # indirect:Tom Vell:it takes time to build trust with the fishermen
      a place, then a pronoun's clause  # Ada Brink said at the meeting she would not sell the quay to the ferry company.  # indirect:Ada Brink:she would not sell the quay to the ferry company
      a share fenced after the subject  # A third of the fishermen, 33%, say they feel that way about the quay.  # indirect:null:they feel that way about the quay
      faint tentative cue, 13 words     # Tom Vell has populated the harbour office with advisers who have close ties to the ferry company.  #
      a book's title after its kind     # Tom Vell told the story of the storm in his 2019 book, \u201cThe Long Night.\u201d  #
      next act after quoted words       # Ada Brink called the plan \u201ca farce\u201d and highlighted her own proposal for the quay.  # mixed:Ada Brink:the plan \u201ca farce\u201d ; stance:Ada Brink:her own proposal for the quay
      participle after a marked comma   # Ada Brink said the new timetable was \u201ca shambles,\u201d adding that the ferry company had not consulted anyone in Callow.  # mixed:Ada Brink:the new timetable was \u201ca shambles,\u201d ; indirect:Ada Brink:the ferry company had not consulted anyone in Callow
      bare verb after an auxiliary      # The ferry company did not immediately respond to a request for comment.  # indirect:null:a request for comment
      description, would not comment    # A harbour board spokesman would not comment on the closure of the quay.  # indirect:null:the closure of the quay
      title with small words, no quote  # Marta Quince, the mayor, told viewers of “Meet the Harbour” that the quay would reopen.  # indirect:Marta Quince:the quay would reopen
      cue after a title reports on      # Interviewed on “Tides and Friends,” the mayor said the quay would reopen in June.  # indirect:null:the quay would reopen in June
      cue after a title, named source   # Speaking on “Meet the Harbour,” Tom Vell said the ferry would run until May.  # indirect:Tom Vell:the ferry would run until May
      hearer with a compound noun       # This includes a new sea wall to protect the quay, Tom Vell told a council panel Wednesday.  # indirect:Tom Vell:This includes a new sea wall to protect the quay
      compound hearer, then a time      # The plan includes a new sea wall, Tom Vell told a council panel on Wednesday.  # indirect:Tom Vell:The plan includes a new sea wall
      tentative cue, long clause        # The harbour board has pinned its hopes on a government grant that would pay for a new sea wall and two floating pontoons before next winter.  # stance:null:its hopes on a government grant that would pay for a new sea wall and two floating pontoons before next winter
      tentative cue with its object     # Residents of Quarry Lane have lobbied the council for a pedestrian crossing outside the primary school since a child was hurt there in March.  # stance:Residents of Quarry Lane:the council for a pedestrian crossing outside the primary school since a child was hurt there in March
      tentative participle modifies     # The campaign group fighting the closure of the harbour library has written to every councillor in the district about the rising cost of its rent.  #
      tentative noun after an article   # A project that has restored two miles of the coastal path has been given a national award for the work of its many volunteers.  #
      stance with a prepositional object # Ruth Okafor pushed for a public inquiry into the sale of the old fish market to a developer.  # stance:Ruth Okafor:a public inquiry into the sale of the old fish market to a developer
      stance object ends at the next act # Tom Vell railed against the harbour board and its chair, calling its members timid and out of touch.  # stance:Tom Vell:the harbour board and its chair ; indirect:Tom Vell:its members timid and out of touch
      adverb between subject and verb   # Harbour Watch quickly accused Ruth Okafor of politicising the flood.  # indirect:Harbour Watch:Ruth Okafor of politicising the flood
      time adverb before the verb       # Several ferry operators have since denounced the new timetable as unworkable.  # stance:null:the new timetable as unworkable
      participle opening the sentence   # Noting that the wall had failed twice, Tom Vell said the board should resign.  # indirect:Tom Vell:the wall had failed twice ; indirect:Tom Vell:the board should resign
      participle after a quote's cue    # \u201cIt is a reflection of anger,\u201d Tom Vell said, citing low wages, empty shops and the closure of the ferry.  # direct:Tom Vell:It is a reflection of anger, ; indirect:Tom Vell:low wages, empty shops and the closure of the ferry
      dashed aside after the verb       # His campaign chairman, Joe Kasper, said \u2014 on the radio, as it happens \u2014 that the fund had raised four million.  # indirect:Joe Kasper:the fund had raised four million
      noun phrase before a relative aside # The complaint, which was filed in the county court on Monday, alleged that the council broke the law.  # indirect:null:the council broke the law
      noun phrase before a participle aside # The report, published by the harbour trust, found that fares had doubled since 2019.  # stance:null:fares had doubled since 2019
      noun phrase after an opener       # In the Gazette poll, most residents backed the new bridge.  # belief:null:the new bridge
      role words before a closing name  # The ferry will stop running in May, Callow harbour board spokesman Tom Vell said.  # indirect:Tom Vell:The ferry will stop running in May
      time phrase, then the clause      # Tom Vell has said for weeks he is the only candidate who can win the seat.  # indirect:Tom Vell:he is the only candidate who can win the seat
      a one-word answer                 # Asked if the ferry should stay public, most voters said yes.  # indirect:null:if the ferry should stay public ; indirect:null:yes
      role word before a given name     # Historian Linda Marsh said the archive was weeded.|Marsh said the records were lost.  # indirect:Linda Marsh:the archive was weeded ; indirect:Linda Marsh:the records were lost
      titled name after the verb        # The vote was rushed, said Ms. Whitlock.  # indirect:Whitlock:The vote was rushed
      long apposition before the cue    # "It will soften," Ada Brink's chief of staff, Joe Kasper, told the board before the vote. "It will happen."  # direct:Joe Kasper:It will soften, It will happen.
      show named inside a sentence      # Dana Whitlock spoke on Harbour Radio's "Morning Tide." The vote was lost.  #
      title in doubled apostrophes      # Marta Quince helped persuade the studio to make a new series of ''Harbour Lights,'' the drama set in the port, she said.  # indirect:Marta Quince:Marta Quince helped persuade the studio to make a new series of ''Harbour Lights,'' the drama set in the port
      split around a show's name        # "It is too early," Ada Brink said on Harbour Radio's "Morning Tide." "It depends on the tides."  # direct:Ada Brink:It is too early, It depends on the tides.
      narrative between is two quotes   # "We will appeal," Marta Quince said. The hall fell quiet. "And we will win."  # direct:Marta Quince:We will appeal, ; direct:Marta Quince:And we will win.
      report nested in what was said    # Dana Whitlock insisted that the board is strongest if it refuses to publish its figures.  # indirect:Dana Whitlock:the board is strongest if it refuses to publish its figures
      second report after "but"         # Dana Whitlock said the harbour plan was sound, but Marta Quince said the vote was rushed.  # indirect:Dana Whitlock:the harbour plan was sound ; indirect:Marta Quince:the vote was rushed
      learned stance, object            # Marta Quince condemned the harbour plan for the old quay.  # stance:Marta Quince:the harbour plan for the old quay
      learned stance, too short         # Marta Quince condemned the harbour plan.  #
      learned stance, nominal source    # A new survey shows the harbour has never been cleaner.  # stance:null:the harbour has never been cleaner
      speech noun with possessor        # Dana Whitlock's claim that the harbour was unsafe angered the board.  # indirect:Dana Whitlock:the harbour was unsafe angered the board
      learned noun, its object          # Marta Quince's criticism of the harbour plan was sharp.  # stance:Marta Quince:the harbour plan
      parenthesis after the name        # Dana Whitlock (Lab) said the vote had been rushed.  # indirect:Dana Whitlock:the vote had been rushed
      declined, an infinitive           # A spokesman for Port Callow Council declined to comment.  # indirect:Port Callow Council:to comment
      title with its comma inside       # Dana Whitlock stars in it. "Harbour Lights," a drama about the port, returns in May.  #
      article cited with its author     # Dana Whitlock chairs the board.|"Harbour ferry to close in the spring," by the Gazette's Marta Quince.  #
      subheading in single marks        # Dana Whitlock chairs the board.|'A long way from home.'|The ferry left at noon.  #
      capitalised reply with a speaker  # "Absolutely Not," Dana Whitlock said when asked about the sale.  # direct:Dana Whitlock:Absolutely Not, ; indirect:null:about the sale
      stray bracket before the verb     # The vote was rushed) said Dana Whitlock, who chairs the board.  #
      no clause after a quote's cue     # "We will appeal," Marta Quince told a meeting held in the town hall.  # direct:Marta Quince:We will appeal,
      marked phrase inside a sentence   # Dana Whitlock chairs the board. Her novel belongs to a genre known as ''harbour noir.'' A film is planned.  #
      short quote opening a sentence    # Dana Whitlock chairs the board. "Not again." The vote was lost.  # direct:null:Not again.
      possessive apostrophe before cue  # The Whitlocks’ lawyer says the board will have to pay for the damage.  # indirect:null:the board will have to pay for the damage
      place names in a relative clause  # Dana Whitlock, who grew up in Dover, Delaware, said that the vote had been rushed.  # indirect:Dana Whitlock:the vote had been rushed
      belief of a described group       # Many fishermen on the island believe the harbour fees are too high.  # belief:null:the harbour fees are too high
      belief word used as a noun        # The support for the harbour plan grew after the storm.  #
      "who" as the source               # The plan was backed by Marta Quince, who said that the harbour fees would fall next year.  # indirect:Marta Quince:the harbour fees would fall next year
      "which" clause ends before verb   # The Harbour Trust, which says it speaks for 300 families, has collected 900 signatures.  # indirect:Harbour Trust:it speaks for 300 families
      "who appears" is no belief        # Dana Whitlock, who appears to be trailing in the race, gave a defiant speech.  #
      "who" with a stance is no source  # Dana Whitlock, who voted against the plan in the cabinet, left early.  #
      anonymity is not what was said    # A harbour official, who asked not to be named, said the ferry would stop in May.  # indirect:null:the ferry would stop in May
      outlet's credit after a report    # Dana Whitlock said the ferry would stop in May, the Harbour Gazette reported.  # indirect:Dana Whitlock:the ferry would stop in May
      adjective before a closing source # In the last step, inspectors check the harbour logs, federal officials said.  # indirect:null:In the last step, inspectors check the harbour logs
      speech verb with its preposition  # Dana Whitlock has called for a ban on cruise ships in the harbour.  # indirect:Dana Whitlock:a ban on cruise ships in the harbour
      circumstance after a speech verb  # Dana Whitlock warned at the meeting on Monday.  #
      "states" is a noun                # Ferry tickets in the Northern states cost far more than in the south.  #
      marked words in a stance's clause # Dana Whitlock promised to stop using the phrase \u201charbour rats\u201d for the rest of the campaign.  # mixed:Dana Whitlock:to stop using the phrase \u201charbour rats\u201d for the rest of the campaign
      marked words up to the next cue   # Marta Quince joked about the mayor's \u201cspecial friendship\u201d with the ferry company, and Dana Whitlock said the vote was rushed.  # mixed:Marta Quince:the mayor's \u201cspecial friendship\u201d with the ferry company ; indirect:Dana Whitlock:the vote was rushed
      marked words before their cue     # The harbour plan is \u201ca disaster\u201d for the port, Dana Whitlock said on Monday.  # mixed:Dana Whitlock:The harbour plan is \u201ca disaster\u201d for the port
      cue word after an article         # The decline has been faster in the harbour towns than anywhere else.  #
      quantifier as a belief's subject  # Both think the ferry plan is too expensive for the town.  # belief:null:the ferry plan is too expensive for the town
      expectation with no holder        # The harbour board is widely expected to approve the ferry contract on Monday.  # belief:null:The harbour board is widely expected to approve the ferry contract on Monday
      expectation in a relative clause  # The vote goes to Dana Whitlock, who is not expected to oppose the new ferry fees.  # belief:null:who is not expected to oppose the new ferry fees
      expectation inside a named claim  # Dana Whitlock said the harbour board is expected to approve the contract.  # indirect:Dana Whitlock:the harbour board is expected to approve the contract
      expected as no expectation        # The ferry arrived earlier than expected on Monday.  #
      pledged delegates are no pledge   # Dana Whitlock has won 412 pledged delegates in the harbour counties.  #
      stance verb, one-word object      # Marta Quince backed Whitlock.  # belief:Marta Quince:Whitlock
      stance verb with a short object   # The Harbour Trust opposed the levy.  # indirect:Harbour Trust:the levy
      question put by no one named      # Asked whether she would run again, Dana Whitlock said she had not decided.  # indirect:null:whether she would run again ; indirect:Dana Whitlock:she had not decided
      question with a named asker       # Asked by Marta Quince whether the ferry was safe, Dana Whitlock said it had passed every test.  # indirect:Marta Quince:whether the ferry was safe ; indirect:Dana Whitlock:it had passed every test
      question after "when"             # The fares will rise, Dana Whitlock said on Monday when asked about the harbour budget.  # indirect:Dana Whitlock:The fares will rise ; indirect:null:about the harbour budget
      question with its subject         # Dana Whitlock asked whether the ferry would run in the winter.  # indirect:Dana Whitlock:the ferry would run in the winter
      impression held by no one named   # The tensions between the ferry crews lately seem to be growing.  # belief:null:The tensions between the ferry crews lately seem to be growing
      "appear" before an infinitive     # Talk of a second ferry lately appears to have faded.  # belief:null:Talk of a second ferry lately appears to have faded
      "appeared" somewhere is no belief # Dana Whitlock appeared on Harbour Radio on Monday.  #
      named source declined to comment  # Dana Whitlock declined to comment on the ferry plan.  # indirect:Dana Whitlock:to comment on the ferry plan
      declined to say, its clause       # Dana Whitlock declined to say whether the ferry plan was dead.  # indirect:Dana Whitlock:to say whether the ferry plan was dead
      "the" outlet closing a clause     # The ferry will stop in May, the Harbour Gazette reported on Monday.  # indirect:Harbour Gazette:The ferry will stop in May
      hearer after a closing cue        # The ferry will stop in May, Dana Whitlock told the Harbour Gazette.  # indirect:Dana Whitlock:The ferry will stop in May
      noun ending like an adverb        # The organizer of a ferry rally said the council rules were bad for the harbour.  # indirect:null:the council rules were bad for the harbour
      participle after a closing cue    # The ferry will run again in May, Dana Whitlock said, adding that the fares would fall.  # indirect:Dana Whitlock:The ferry will run again in May ; indirect:Dana Whitlock:the fares would fall
      a share in percent as the source  # On ferry issues, 42% say they are worried about the fares.  # indirect:null:they are worried about the fares
      bracket and apposition before cue # Dana Whitlock (D-Va.), the chair of the ferry committee, said she fully supports the compromise.  # indirect:Dana Whitlock:she fully supports the compromise
      adverb fenced off before the verb # Others, however, say a rise in the ferry fares is overdue.  # indirect:null:a rise in the ferry fares is overdue
      day right after a closing cue     # The ferry board is wrong about the fares, Marta Quince said Monday.  # indirect:Marta Quince:The ferry board is wrong about the fares
      semicolon after a closing cue     # The ferry needs more crews, harbour analysts say; in 2012, it had twelve.  # indirect:null:The ferry needs more crews
      "this" opening a believed clause  # Ferry owners think this season will be different.  # belief:null:this season will be different
      belief after a fenced apposition  # Dana Whitlock, the chair of the Harbour Trust, thinks the board will back the plan.  # belief:Dana Whitlock:the board will back the plan
      titled name closing a clause      # Dana Whitlock runs the ferry office.|Several of the crews were not pleased with her plan, Ms. Whitlock said.  # indirect:Dana Whitlock:Several of the crews were not pleased with her plan
      """)
  void quotation(String name, String body, String expected) {
    String text = "Harbour dispute\n" + body.strip().replace("|", "\n");
    ExtractedArticle article = EXTRACTOR.extract(RawArticle.text(name, text));
    QuotationAssertions.assertWellFormed(article);
    String got = article.quotes().stream().map(QuoteCasesTest::describe).collect(Collectors.joining(" ; "));
    String want = expected == null ? "" : expected.strip().replace("|", "\n\n");
    assertEquals(want, got, name);
  }

  @org.junit.jupiter.api.Test
  void aQuoteSplitByItsAttributionIsOneQuotationInTwoParts() {
    String text = "Harbour dispute\nMarta Quince was defiant. \"We will appeal,\" she said. \"And we will win.\"";
    ExtractedArticle article = EXTRACTOR.extract(RawArticle.text("split", text));
    Quotation q = article.quotes().get(0);
    assertEquals(2, q.parts().size());
    assertEquals("We will appeal,", q.parts().get(0).of(article.body()));
    assertEquals("And we will win.", q.parts().get(1).of(article.body()));
    assertEquals("she said", q.cue() == null ? null : "she " + q.cue());
  }

  private static String describe(Quotation q) {
    return q.kind().label() + ":" + q.speaker().name() + ":" + q.text();
  }
}
