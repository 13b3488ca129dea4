package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** The meeting pack read back from its PDF: the marking on every page, the ranked table, children as the role allows. */
@HarnessTest
class HotspotPackTest extends ApiTestSupport {

    static final String PACK = "/api/reports/hotspot-pack?" + HotspotPanelTest.OCTOBER;

    @BeforeEach
    void submitTheGuestHouse() {
        JsonNode police = client.submit(LinkmapClient.resource("places/guest-house-police.json")).body().get("entities");
        client.submit(LinkmapClient.resource("places/guest-house-csc.json").replace("{l1}", police.get("l1").asText()));
    }

    @Test
    void shouldMarkEveryPageAndShowAMaceMemberNoChildsName() throws IOException {
        List<String> pages = pages(client.getBytes(PACK, "mace"));

        assertThat(pages).hasSize(3).allSatisfy(page -> assertThat(page).contains("OFFICIAL-SENSITIVE"));
        assertThat(pages.get(0)).contains("Hotspot meeting pack", "dbscan", "eps 150", "minPoints 5", "2026-10-01 to 2026-10-31",
                "Hotspots found", "by mace");
        assertThat(pages.get(1)).contains("Ranked hotspots (1 of 1)", "2026-09-30: 2", "2026-10-31: 7", "+5 (250.0%)");
        assertThat(String.join("\n", pages)).doesNotContain("Amber", "Testchild", "LCS-900");
        assertThat(pages.get(2)).containsPattern("Child [0-9A-Z]{5}-[0-9A-Z]{5}").contains("Marek Fictional", "Promenade group");
    }

    @Test
    void shouldNameTheChildForAnAnalyst() throws IOException {
        assertThat(String.join("\n", pages(client.getBytes(PACK, "analyst")))).contains("Amber Testchild");
    }

    @Test
    void shouldAnswerWithAPdfAndRefuseAnAgencyUser() {
        LinkmapClient.Reply reply = client.get(PACK, "agency");
        assertThat(reply.status()).isEqualTo(403);
        byte[] pdf = client.getBytes(PACK, "analyst");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }
}
