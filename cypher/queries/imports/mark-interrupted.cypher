// Imports that an earlier process of this instance left RUNNING: it stopped (was killed or crashed) during
// them. Imports of other instances, and any begun by the current process, are left alone.
MATCH (i:Import {state: 'RUNNING'})
WHERE (i.instance IS NULL OR i.instance = $instance) AND i.startedAt < $startedBefore
SET i.state = 'FAILED', i.updatedAt = datetime(), i.finishedAt = datetime(),
    i.message = 'interrupted: the service stopped during the import. The first ' + toString(i.processed)
      + ' lines were committed; send the file again to finish: lines already taken are reported as duplicates.'
RETURN count(i) AS interrupted
