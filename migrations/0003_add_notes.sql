CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`proposal_id` text NOT NULL,
	`author_id` text,
	`text` text NOT NULL,
	`hidden` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `notes_proposal_idx` ON `notes` (`proposal_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notes_event_idx` ON `notes` (`event_id`);