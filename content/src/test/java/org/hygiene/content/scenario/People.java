package org.hygiene.content.scenario;

import java.util.ArrayList;
import java.util.List;

/** Harbourline's staff (fictional) and their devices. */
final class People {
    record Person(
            String sam,
            int rid,
            String mailboxGuid,
            String officeIp,
            boolean phone,
            String deviceId,
            String homeIp) {
        String upn() {
            return sam + "@" + Story.DOMAIN;
        }

        String sid() {
            return Story.DOMAIN_SID + "-" + rid;
        }
    }

    private static final List<String> NAMES =
            List.of(
                    "m.okafor",
                    "j.lindqvist",
                    "a.haddad",
                    "s.brennan",
                    "p.castillo",
                    "k.nakamura",
                    "r.osei",
                    "l.fontaine",
                    "d.kowalczyk",
                    "e.moreau",
                    "t.achterberg",
                    "h.nilsen",
                    "c.mbeki",
                    "f.rossi",
                    "g.oduya",
                    "b.varga",
                    "n.sorensen",
                    "v.petrov",
                    "y.tanaka",
                    "o.quigley",
                    "i.demir",
                    "w.ferreira",
                    "z.abara",
                    "u.holm",
                    Story.ADMIN);

    static List<Person> all(Rand rand) {
        List<Person> people = new ArrayList<>();
        int rid = 1107;
        int host = 21;
        for (String name : NAMES) {
            boolean phone = rand.chance(0.35);
            people.add(
                    new Person(
                            name,
                            rid,
                            rand.guid(),
                            "10.20.1." + host++,
                            phone,
                            phone ? rand.alnum(20).toUpperCase() : "",
                            "100."
                                    + rand.between(64, 127)
                                    + "."
                                    + rand.between(0, 255)
                                    + "."
                                    + rand.between(1, 254)));
            rid += rand.between(1, 9);
        }
        return people;
    }
}
