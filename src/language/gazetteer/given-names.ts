/**
 * Given names common in international news, from general knowledge (compromise's name lists are added
 * at load time). A capitalised word from here opening a name makes a person.
 */
export const GIVEN_NAMES = `
aaron abdel abdul abdullah abdullahi abe abraham adam adel adrian ahmad ahmed aisha akira alain alan alastair
albert alberto aleksandar aleksander aleksandr alejandro alessandro alex alexander alexandra alexandre alexei
alexey alexis alfonso alfred ali alice alicia alison amanda amir amit amy ana anatoly anders andre andrea andreas
andrei andres andrew andrey andrzej andy angela angelo angus ann anna anne annie anthony antoine anton antonio
antony anwar aram ariel arnold arthur arturo ashraf asif atsushi augusto aung ayman bao barack barbara barry bashar
bassem ben benjamin benedict benny benoit bernard bernd bertrand bill billy bjorn bob bobby bogdan boris boyko brad
brendan brett brian bruce bruno bryan byung carl carla carlo carlos carmen caroline catherine cecilia cesar chad
chang charles charlie charlotte chen cheng chris christian christina christine christoph christophe christopher
chuck chul chun claire clara claude claudia colin craig cristina cyril dae daisuke dale dan daniel daniela danny
dario darren dave david dean deborah denis dennis derek diana diane diego dieter dimitri dimitris dmitri dmitry
dominic dominique don donald dong doug douglas duncan dylan ed eddie edgar edmund eduardo edward elena eli elizabeth
ellen emil emily emma emmanuel enrique eric erik ernesto esther ethan eugene eva evan evgeny fabio fahad faisal
farid fatima federico felipe felix fernando filip francesca francesco francis francisco francois frank frans
franz fred frederick fumio gabriel gareth gary geoff geoffrey george georges georgi gerald gerard gerhard giorgia
giorgio giovanni giuseppe gordon graham grant greg gregory guillaume gunter gustavo guy hamid hans harald harold
harry hassan heather hector heinz helen helmut henri henrik henry herbert hiroshi hisham hong hossein howard hugh
hugo hun hussein hyun ian ibrahim igor ilham imran ingrid irina isaac ismail ivan jack jacob jacques jae jaime
jake james jamie jan jane janet janis jason javier jean jeff jeffrey jennifer jens jeremy jerome jerry jesse
jessica jesus jim jimmy jin jo joachim joan joanna joao joe joel johan johann johannes john johnny jon jonathan
jordi jorge jose josef joseph josh joshua juan judith julia julian julie julien jun jung junichiro justin kai
kamala karen karim karin karl kate katherine kathleen katie kazuo keir keith ken kenji kenneth kevin khaled khalid
kim kirill klaus kofi koji kostas kurt kwame kyung lars laura laurent lee leo leon leonid li liam lin linda lisa
liu liz lorenzo louis luc luca lucas luis luiz lukas luke lula lydia mahmoud malcolm manuel marc marcel marco marcos
margaret maria marie marina mario marion mark marko martin mary masahiro mateusz matt matteo matthew matthias
maurice max maxim maxime mehmet melissa michael michal michel michele michelle miguel mikhail mike milan min
ming miriam mitch mohamed mohammad mohammed mohammad moon morgan muhammad murat mustafa myung nadia nancy naoto
naruhito narendra nasser natalia natalie nathan neil nelson nick nicholas nicola nicolas nicole nikita nikola
nikolai nikolay nils nina noah norbert oleg oliver olivier olaf omar oscar osman otto owen pablo paolo park
pascal patricia patrick paul paula pavel pedro pekka per peter petr petro philip philippe phil pierre piotr
prakash qasim rachel rafael rahul raj rajesh ralph ramon randy raul ravi ray raymond recep rebecca reza ricardo
richard rick rishi rob robert roberto robin rodrigo roger roland roman ron ronald rosa ross ruben rudolf rupert
russell ruth ryan ryu saad sadiq saeed salman sam samir samuel sandra sara sarah scott sean sebastian sergei
sergey sergio seung shane sharon shinzo shigeru simon sofia song sophie stanislav stefan stefano stephan stephane
stephanie stephen steve steven stuart sung susan svetlana sylvie takeshi tamara tanaka tarek taro ted teresa
terry thabo thomas tim timothy tina toby todd tom tommy tony tsai vadim valentina valery valentin vasily vera
victor victoria viktor vincent vitaly vladimir vladislav volodymyr walter wang wei werner william willem wim
wolfgang xavier yasser yaw yevgeny yoshihide yoshiro young youssef yuri yusuf yves zhang zoltan zhou
`.split(/\s+/).filter(Boolean);
