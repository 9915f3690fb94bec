package se.listning.region.demodata;

import java.util.SplittableRandom;

/** Small built-in lists of common Swedish names and place-name parts for synthetic data. */
final class SwedishNames {

    static final String[] MALE = {
        "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Jan", "Carl", "Mikael", "Lennart", "Hans",
        "Olof", "Peter", "Gunnar", "Sven", "Fredrik", "Bengt", "Bo", "Daniel", "Åke", "Göran", "Alexander",
        "Magnus", "Stefan", "Jonas", "Mattias", "Björn", "Oskar", "Henrik", "Liam", "William", "Hugo", "Noah",
        "Lucas", "Elias", "Oliver", "Adam", "Viktor", "Axel", "Leo", "Ali", "Omar", "Mohammed", "Emil", "Isak",
        "Örjan", "Tomas", "Ulf", "Kent"};

    static final String[] FEMALE = {
        "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Karin", "Birgitta", "Marie", "Ingrid",
        "Linnéa", "Sara", "Kerstin", "Lena", "Emma", "Ulla", "Helena", "Sofia", "Johanna", "Anita", "Malin",
        "Annika", "Ida", "Elin", "Linda", "Maja", "Alice", "Elsa", "Ella", "Wilma", "Ebba", "Agnes", "Alva",
        "Astrid", "Saga", "Freja", "Olivia", "Nora", "Selma", "Vera", "Fatima", "Amina", "Leila", "Åsa",
        "Gunilla", "Inger", "Ylva", "Märta", "Signe", "Tove"};

    static final String[] FAMILY = {
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg",
        "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson",
        "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson",
        "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Ali", "Engström", "Mohamed", "Eklund",
        "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström", "Samuelsson",
        "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg",
        "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Ahmed", "Hassan",
        "Åberg", "Öberg", "Ström", "Hedlund", "Dahlberg", "Hellström", "Sundberg", "Sjögren", "Ek", "Blom"};

    static final String[] STREET_STEMS = {
        "Storgatan", "Kyrkvägen", "Skolgatan", "Drottninggatan", "Parkvägen", "Björkvägen", "Ringvägen",
        "Tallvägen", "Granvägen", "Industrigatan", "Järnvägsgatan", "Östra vägen", "Västra vägen",
        "Bäckvägen", "Sjövägen", "Ängsvägen", "Solvägen", "Lärkvägen", "Idrottsvägen", "Skogsvägen",
        "Åkervägen", "Strandvägen", "Villagatan", "Mossvägen", "Hagagatan", "Trädgårdsgatan", "Nygatan",
        "Fabriksgatan", "Klövervägen", "Ekbacken", "Rönnstigen", "Syrénvägen", "Lingonstigen", "Kvarngatan"};

    static final String[] PLACE_STEMS = {
        "Solbacken", "Ekdalen", "Björkhagen", "Lindgården", "Sjöstaden", "Norrmalm", "Söderport", "Kvarnbacken",
        "Ängen", "Tallbacken", "Bergsjön", "Åsen", "Hagaberg", "Strandhöjden", "Rosengården", "Granliden",
        "Lärkan", "Vallby", "Kyrkbyn", "Mossen", "Eken", "Stationen", "Torget", "Hamnen", "Backa", "Källan"};

    static final String[] DOCTOR_TITLES = {
        "Specialist i allmänmedicin", "Specialist i allmänmedicin", "Specialist i allmänmedicin",
        "ST-läkare i allmänmedicin", "Legitimerad läkare"};

    private SwedishNames() {
    }

    static String pick(String[] list, SplittableRandom random) {
        return list[random.nextInt(list.length)];
    }
}
