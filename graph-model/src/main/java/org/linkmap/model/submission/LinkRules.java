package org.linkmap.model.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linkmap.model.LinkType;
import org.linkmap.model.Vocabulary;
import org.linkmap.model.Vocabulary.AssociationKind;
import org.linkmap.model.Vocabulary.MembershipRole;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.model.submission.Submission.LinkDraft;
import org.linkmap.model.submission.SubmissionRequest.LinkRequest;

/**
 * The links of a submission: both ends must be entity refs of it, the type one a submission may assert and able
 * to join the two kinds, and a role or kind given only where the type has one.
 */
final class LinkRules {

    private LinkRules() {
    }

    static List<LinkDraft> read(Problems problems, List<LinkRequest> links, Map<String, EntityDraft> byRef) {
        List<LinkDraft> result = new ArrayList<>();
        if (links == null || Refs.tooMany(problems, "links", links)) {
            return result;
        }
        for (int i = 0; i < links.size(); i++) {
            String path = "links[" + i + "]";
            LinkRequest link = links.get(i);
            if (link == null) {
                problems.add(path, "must be an object");
                continue;
            }
            boolean fromKnown = Refs.known(problems, path + ".from", link.from(), byRef);
            boolean toKnown = Refs.known(problems, path + ".to", link.to(), byRef);
            LinkType type = linkType(problems, path + ".type", link.type());
            if (type == null) {
                continue;
            }
            String role = null;
            String kind = null;
            if (type == LinkType.MEMBER_OF && link.role() != null) {
                role = nameOf(problems.oneOf(path + ".role", link.role(), MembershipRole.class));
            } else if (link.role() != null) {
                problems.add(path + ".role", "applies to MEMBER_OF links only");
            }
            if (type == LinkType.ASSOCIATES_WITH && link.kind() != null) {
                kind = nameOf(problems.oneOf(path + ".kind", link.kind(), AssociationKind.class));
            } else if (link.kind() != null) {
                problems.add(path + ".kind", "applies to ASSOCIATES_WITH links only");
            }
            if (fromKnown && toKnown) {
                checkKinds(problems, path, type, byRef.get(link.from()), byRef.get(link.to()));
                result.add(new LinkDraft(link.from(), link.to(), type, role, kind));
            }
        }
        return result;
    }

    private static LinkType linkType(Problems problems, String path, String value) {
        if (!problems.required(path, value)) {
            return null;
        }
        LinkType type = Vocabulary.parse(LinkType.class, value);
        if (type == null || !type.isSubmittable()) {
            problems.add(path, "must be one of ASSOCIATES_WITH, EXPLOITS, MEMBER_OF, LIVES_AT, FREQUENTS, USES, "
                    + "CONTACTED, OPERATES, WORKS_FOR");
            return null;
        }
        return type;
    }

    private static void checkKinds(Problems problems, String path, LinkType type, EntityDraft from, EntityDraft to) {
        if (from == null || to == null || from.kind() == null || to.kind() == null) {
            return;
        }
        if (!type.joins(from.kind(), to.kind())) {
            problems.add(path + ".type", type + " cannot join a " + from.kind() + " to a " + to.kind());
        }
    }

    private static String nameOf(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
