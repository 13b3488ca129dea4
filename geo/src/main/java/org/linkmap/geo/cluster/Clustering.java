package org.linkmap.geo.cluster;

/**
 * The result of a clustering: per input point, its cluster ({@link Dbscan#NOISE} for noise) and whether
 * it is a core point.
 */
public record Clustering(int[] labels, boolean[] core, int clusterCount) {

    /** The input indices of the members of each cluster, cluster by cluster. */
    public int[][] members() {
        int[] sizes = new int[clusterCount];
        for (int label : labels) {
            if (label >= 0) {
                sizes[label]++;
            }
        }
        int[][] members = new int[clusterCount][];
        for (int c = 0; c < clusterCount; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] fill = new int[clusterCount];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                members[labels[i]][fill[labels[i]]++] = i;
            }
        }
        return members;
    }

    public int noiseCount() {
        int noise = 0;
        for (int label : labels) {
            if (label == Dbscan.NOISE) {
                noise++;
            }
        }
        return noise;
    }
}
